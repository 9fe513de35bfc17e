package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tongban.it.support.Browser;

/**
 * The national dashboard on a phone: central staff drill from the nation to Nanshan District and
 * back up; a case submitted meanwhile over the API shows in the figure on screen without a reload.
 */
class MonitoringPagesIT extends BrowserTestBase {

    @Test
    void centralDrillsDownToNanshanSeesANewCaseArriveAndGoesBackUp() {
        signIn("central");
        browser.findElement(By.id("toDashboard")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("unitName"), "data-code", "000000"));
        assertEquals(31, browser.findElements(By.cssSelector("#tilemap a.tb-tile")).size(), "a tile for every province");
        browser.findElement(By.id("period:last365")).click();
        wait.until(ExpectedConditions.urlContains("from="));
        Browser.screenshot(browser, "dashboard-nation");

        browser.findElement(By.cssSelector("#tilemap a[data-code='440000']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("unitName"), "data-code", "440000"));
        browser.findElement(By.cssSelector("#live a[data-code='440300'][id$='child']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("unitName"), "data-code", "440300"));
        browser.findElement(By.cssSelector("#live a[data-code='440305'][id$='child']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("unitName"), "data-code", "440305"));
        assertEquals(3, browser.findElements(By.cssSelector("#breadcrumb a")).size(), "the way back up: nation, province, city");
        assertTrue(browser.findElement(By.id("offices")).getText().contains("南山区"), "a county shows its office");
        Browser.screenshot(browser, "dashboard-nanshan");

        long before = shown("submitted");
        ((JavascriptExecutor) browser).executeScript("window.tbSamePage = true;");
        new Applications(api).newCase(api.demoToken("citizen1"), "440305");
        wait.until(d -> shown("submitted") != before);
        assertEquals(before + 1, shown("submitted"), "the new case is counted on screen");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.tbSamePage === true;"),
                "without a reload");

        browser.findElement(By.cssSelector("#breadcrumb a[data-code='000000']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("unitName"), "data-code", "000000"));
        assertTrue(browser.getCurrentUrl().contains("from="), "the period chosen goes along");
    }

    @Test
    void aClerkHasNoDashboard() {
        signIn("clerk.nanshan");
        assertTrue(browser.findElements(By.id("toDashboard")).isEmpty(), "no way in from the clerk's landing page");
        browser.get(url("/clerk/dashboard.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notAllowed")));
        assertTrue(browser.findElements(By.id("tilemap")).isEmpty());
    }

    @Test
    void aDirectiveGoesFromCentralToNanshanAndBackAsCompleted() {
        String subject = "清理逾期积压 " + System.nanoTime();
        signIn("central");
        browser.findElement(By.id("toDirectives")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send:subject"))).sendKeys(subject);
        browser.findElement(By.id("send:text")).sendKeys("请清理食品经营许可的逾期办件，并报告办理情况。");
        browser.findElement(By.id("send:recipients_input")).sendKeys("440305");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.ui-autocomplete-item"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#send\\:recipients li.ui-autocomplete-token")));
        browser.findElement(By.id("send:sendButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sentList"), subject));
        Browser.screenshot(browser, "directive-sent");
        signOut();

        signIn("supervisor.nanshan");
        browser.get(url("/clerk/directives.xhtml"));
        browser.findElement(By.linkText(subject)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("act:acknowledge"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("act:acknowledge")));
        browser.findElement(By.id("act:note")).sendKeys("已清理12件逾期办件");
        browser.findElement(By.id("act:complete")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("act:complete")));
        Browser.screenshot(browser, "directive-completed");
        signOut();

        signIn("central");
        browser.get(url("/clerk/directives.xhtml"));
        browser.findElement(By.linkText(subject)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-440305")));
        assertTrue(browser.findElement(By.id("recipients")).getText().contains("已清理12件逾期办件"), "the sender reads the note");
    }

    /** The figure on screen; a push may redraw it between finding and reading it, then it is found again. */
    private long shown(String figure) {
        for (int attempt = 1; ; attempt++) {
            try {
                String text = browser.findElement(By.id("value-" + figure)).getText().replaceAll("[^0-9]", "");
                return text.isEmpty() ? -1 : Long.parseLong(text);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }
}
