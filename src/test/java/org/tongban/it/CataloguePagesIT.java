package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tongban.it.support.Browser;

/** The catalogue as people use it, in Chromium: a citizen searching in Chinese, central staff drilling down. */
class CataloguePagesIT extends BrowserTestBase {

    @Test
    void aSearchInChineseFindsTheItemAndItsLocalDifferencesAreMarked() {
        browser.get(url("/public/catalogue/search.xhtml?region=440305&lang=zh-CN"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:q")));
        browser.findElement(By.id("search:q")).sendKeys("食品经营");
        browser.findElement(By.id("search:apply")).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("食品经营许可(新办)")));
        Browser.screenshot(browser, "catalogue-search-zh");
        link.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("itemName")));
        assertEquals("食品经营许可(新办)", browser.findElement(By.id("itemName")).getText());
        assertTrue(browser.findElement(By.id("appliesIn")).getText().contains("南山区"));
        assertTrue(browser.findElement(By.id("differenceCount")).isDisplayed(), "local differences are announced");
        assertTrue(browser.findElement(By.id("promisedLimit")).getAttribute("class").contains("tb-local"),
                "the promised limit differs from the statutory one and is marked");
        List<WebElement> waived = browser.findElements(By.cssSelector("#materials .tb-waived"));
        assertFalse(waived.isEmpty(), "a waived material is shown struck through, with its reason");
        assertTrue(browser.findElement(By.id("differences")).getText().contains("南山区"));
        Browser.screenshot(browser, "catalogue-item-nanshan-zh");
    }

    @Test
    void centralStaffOpenTheHeatMapAndDrillDownToACounty() {
        signIn("central");
        wait.until(ExpectedConditions.urlContains("/central/index.xhtml"));
        browser.findElement(By.id("toDivergence")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tilemap")));
        assertEquals(31, browser.findElements(By.cssSelector("#tilemap .tb-tile")).size(), "a tile for every province");
        Browser.screenshot(browser, "divergence-nation");
        browser.findElement(By.cssSelector("#tilemap .tb-tile[data-code='440000']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("breadcrumb"), "Guangdong"));
        assertTrue(browser.findElements(By.id("tilemap")).isEmpty(), "below the nation, regions are listed");
        browser.findElement(By.linkText("深圳市")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("breadcrumb"), "深圳市"));
        assertTrue(browser.findElement(By.id("divergence:regions")).getText().contains("南山区"));

        browser.findElements(By.cssSelector(".tb-show-deltas")).get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("divergence:deltas")));
        Browser.screenshot(browser, "divergence-shenzhen");
        browser.findElement(By.linkText("Guangdong")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("breadcrumb"), "深圳市")));
    }

    @Test
    void aSupervisorDeclaresADifferenceAndSeesItJudged() {
        signIn("supervisor.nanshan");
        browser.get(url("/clerk/catalogue/implementation.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("implementation:add")));
        // choosing the item in the picker reloads the list in place (PrimeFaces ajax under the CSP nonce)
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("implementation:item"))).selectByValue("XK-00402-001");
        // 医师执业注册: statutory 20 working days; the first item in the list has 1
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("implementation"), "statutory limit 20 working days"));
        assertFalse(browser.getCurrentUrl().contains("WEB-INF"), "no error page");
        int before = browser.findElements(By.cssSelector("[id$=':reason']")).size();
        browser.findElement(By.id("implementation:add")).click();
        wait.until(d -> d.findElements(By.cssSelector("[id$=':reason']")).size() == before + 1);
        String prefix = "implementation:rows:" + before + ":";
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(prefix + "kind"))).selectByValue("PROMISED_LIMIT");
        browser.findElement(By.id(prefix + "days_input")).sendKeys("40");
        browser.findElement(By.id(prefix + "reason")).sendKeys("审核人员不足");
        browser.findElement(By.id("implementation:save")).click();
        WebElement judged = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("judged")));
        assertTrue(judged.getText().contains("longer than the statutory limit"), judged.getText());
        Browser.screenshot(browser, "implementation-judged");
    }

    @Test
    void anAdministratorSeesARevisionsImpactBeforePublishingIt() {
        signIn("admin");
        browser.get(url("/admin/catalogue/revision.xhtml?item=GG-00902-001"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revision:draft")));
        browser.findElement(By.cssSelector("[id='revision:extraFields'] .ui-chkbox-box")).click();
        browser.findElement(By.id("revision:draft")).click();
        WebElement impact = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact")));
        assertTrue(impact.getText().contains("local implementation list"), impact.getText());
        Browser.screenshot(browser, "revision-impact");
        browser.findElement(By.id("revision:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The new version is in force"));
    }


}
