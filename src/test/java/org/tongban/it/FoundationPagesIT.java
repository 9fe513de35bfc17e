package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tongban.it.support.Browser;

/** A citizen on a phone, in real Chromium: register, sign in, switch language, sign out. */
class FoundationPagesIT extends BrowserTestBase {

    @Test
    void aCitizenRegistersSignsInSwitchesLanguageAndSignsOut() {
        String username = "phone" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String password = "my phone is my office now";
        browser.get(url("/public/index.xhtml"));
        browser.findElement(By.id("heroRegister")).click();
        wait.until(ExpectedConditions.urlContains("/public/register.xhtml"));

        type("register:name", "钱多多");
        type("register:residentId", "440305199001011231"); // wrong check character
        type("register:mobile", "13800138000");
        type("register:email", username + "@example.cn");
        type("register:username", username);
        type("register:password", password);
        type("register:passwordConfirmation", password);
        browser.findElement(By.id("register:submit")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'tb-field')][.//input[@id='register:residentId']]//*[contains(@class,'ui-message-error')]")));
        assertTrue(problem.getText().contains("not valid"), problem.getText());
        Browser.screenshot(browser, "register-invalid-identity-number");

        type("register:residentId", FoundationApiIT.newResidentId());
        type("register:password", password);
        type("register:passwordConfirmation", password);
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.urlContains("/public/login.xhtml"));
        assertTrue(browser.getPageSource().contains("Your account has been created"));

        type("login:name", username);
        type("login:password", password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/citizen/index.xhtml"));
        assertEquals("My services", browser.findElement(By.id("pageTitle")).getText());
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("钱多多"));
        assertEquals(username, browser.findElement(By.id("accountUsername")).getText());
        Browser.screenshot(browser, "citizen-landing-en");

        browser.findElement(By.cssSelector("a[lang='zh-CN']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "我的办事"));
        Browser.screenshot(browser, "citizen-landing-zh");

        browser.findElement(By.id("signOut:submit")).click();
        wait.until(ExpectedConditions.urlContains("/public/login.xhtml"));
        assertTrue(browser.getPageSource().contains("您已安全退出"), "the language choice is remembered after signing out");

        browser.get(url("/citizen/index.xhtml"));
        wait.until(ExpectedConditions.urlContains("/public/login.xhtml"));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

}
