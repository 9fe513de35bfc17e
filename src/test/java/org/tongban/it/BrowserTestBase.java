package org.tongban.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tongban.it.support.Browser;

/** What every browser test stands on: the deployed portal and a phone-sized headless Chromium. */
abstract class BrowserTestBase extends PortalTestBase {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.phone(deployment.getProtocol() + "://" + deployment.getAuthority());
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in with a demo account through the login page. */
    void signIn(String username) {
        browser.get(url("/public/login.xhtml"));
        browser.findElement(By.id("login:name")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/public/login.xhtml")));
    }

    void signOut() {
        browser.findElement(By.id("signOut:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signInLink")));
    }

    /** A page of the portal by its path, whatever context root it is deployed at. */
    String url(String path) {
        String base = deployment.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
