package org.tongban.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests. Without it the tests are skipped with a message
 * saying what to install, except under CI (CI=true), where a missing browser fails the run.
 */
public final class Browser {

    /** Where files the browser downloads land. */
    public static final Path DOWNLOADS = Path.of("target/downloads");

    private Browser() {
    }

    public static WebDriver phone(String origin) {
        return start(390, 844, origin);
    }

    /**
     * @param origin the portal's origin: the tests reach it over plain HTTP at the machine's
     *               address, which Chromium would otherwise treat as insecure and hold downloads from
     */
    public static WebDriver start(int width, int height, String origin) {
        Path chromium = Path.of(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            String message = "Chromium (" + chromium + ") or ChromeDriver (" + driver + ") not found: "
                    + "install Debian's chromium and chromium-driver packages to run the browser tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + " (skipped)");
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--lang=en-US", "--window-size=" + width + "," + height,
                        "--unsafely-treat-insecure-origin-as-secure=" + origin,
                        "--disable-features=InsecureDownloadWarnings,HttpsFirstBalancedModeAutoEnable");
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** Keeps a screenshot in target/screenshots for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path target = Files.createDirectories(Path.of("target/screenshots")).resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
