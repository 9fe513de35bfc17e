package org.tongban.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tongban.it.support.Browser;

/**
 * The whole life of an application on a phone: citizen1 applies in Nanshan for an item with a
 * local difference and uploads its materials; clerk.nanshan asks for more; citizen1 answers;
 * clerk.nanshan approves; citizen1 downloads and verifies the certificate and rates the service.
 */
class CasesPagesIT extends BrowserTestBase {

    static final String ITEM = "XK-00201-001";

    @Test
    void aCitizenAppliesAnswersASupplementRequestAndCollectsTheCertificate() throws IOException {
        Path pdf = Files.createDirectories(Path.of("target")).resolve("申请材料.pdf");
        Files.write(pdf, CasesApiIT.PDF);

        // citizen1 finds the item in Nanshan and applies
        signIn("citizen1");
        browser.get(url("/public/catalogue/item.xhtml?code=" + ITEM + "&region=440305"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("applyLink"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:review")));
        JsonObject item = api.get("/api/v1/catalogue/items/" + ITEM + "?jurisdiction=440305", null).json();
        List<JsonObject> fields = item.getJsonArray("fields").getValuesAs(JsonObject.class);
        for (int i = 0; i < fields.size(); i++) {
            fill("apply:fields:" + i + ":", fields.get(i));
        }
        int materials = item.getJsonArray("materials").size();
        for (int i = 0; i < materials; i++) {
            browser.findElement(By.id("apply:m:" + i + ":upload_input")).sendKeys(pdf.toAbsolutePath().toString());
            int done = i + 1;
            wait.until(d -> d.findElements(By.cssSelector("#apply\\:materials .tb-files li")).size() == done);
        }
        Browser.screenshot(browser, "apply-filled");
        browser.findElement(By.id("apply:review")).click();

        wait.until(ExpectedConditions.urlContains("/citizen/review.xhtml"));
        assertTrue(browser.findElement(By.id("reviewMaterials")).getText().contains("申请材料.pdf"), "every file is listed for review");
        Browser.screenshot(browser, "apply-review");
        browser.findElement(By.id("review:submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        String number = browser.findElement(By.id("trackingNumber")).getText();
        assertTrue(number.startsWith("440305-"), number);
        assertTrue(browser.findElement(By.id("confirmation")).getText().contains(number));
        Browser.screenshot(browser, "apply-confirmation");
        signOut();

        // clerk.nanshan accepts and asks for more material
        signIn("clerk.nanshan");
        browser.get(url("/clerk/worklist.xhtml?flag=UNASSIGNED"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(number))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tb-act-ACCEPT"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Under review"));
        browser.findElement(By.id("work:reason")).sendKeys("请补充经营场所平面图");
        browser.findElement(By.cssSelector(".tb-act-REQUEST_SUPPLEMENT")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Awaiting material"));
        Browser.screenshot(browser, "clerk-supplement-requested");
        signOut();

        // citizen1 answers with a file
        signIn("citizen1");
        browser.get(url("/citizen/case.xhtml?number=" + number));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("supplementReason"), "平面图"));
        int before = browser.findElements(By.cssSelector("#fileList li")).size();
        browser.findElement(By.id("supplement:upload_input")).sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> d.findElements(By.cssSelector("#fileList li")).size() == before + 1);
        browser.findElement(By.id("supplement:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Under review"));
        signOut();

        // clerk.nanshan approves
        signIn("clerk.nanshan");
        browser.get(url("/clerk/case.xhtml?number=" + number));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tb-act-APPROVE"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Certificate issued"));
        signOut();

        // citizen1 downloads and verifies the certificate, then rates the service
        signIn("citizen1");
        browser.get(url("/citizen/case.xhtml?number=" + number));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificate")));
        Path download = Browser.DOWNLOADS.resolve("certificate-" + number + ".pdf");
        Files.deleteIfExists(download);
        browser.findElement(By.id("certificateForm:downloadCertificate")).click();
        wait.withTimeout(Duration.ofSeconds(30)).until(d -> Files.exists(download));
        assertEquals("%PDF-", new String(Files.readAllBytes(download), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String code = browser.findElement(By.id("verificationCode")).getText();
        browser.findElement(By.id("certificateForm:verifyLink")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verifiedState"), "Valid"));
        assertTrue(browser.findElement(By.id("verification")).getText().contains("南山区"), "the issuing office is shown");
        Browser.screenshot(browser, "certificate-verified");
        assertTrue(browser.getCurrentUrl().contains(code));

        browser.get(url("/citizen/case.xhtml?number=" + number));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating:rate")));
        browser.findElement(By.cssSelector("label[for='rating:score:0']")).click();
        browser.findElement(By.id("rating:comment")).sendKeys("办理很快，谢谢");
        browser.findElement(By.id("rating:rate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("myRating")));
        assertTrue(browser.findElement(By.id("myRating")).getText().contains("5"));
        assertEquals(List.of("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT", "SUPPLY", "APPROVE", "ISSUE_CERTIFICATE"),
                api.get("/api/v1/cases/" + number, api.demoToken("citizen1")).json().getJsonArray("timeline")
                        .getValuesAs(JsonObject.class).stream().map(t -> t.getString("action")).toList());
        Browser.screenshot(browser, "case-rated");
    }

    @Test
    void aSupervisorListsALocalDayOffAndRemovesIt() {
        signIn("supervisor.nanshan");
        browser.get(url("/clerk/index.xhtml"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("toCalendar"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar:add")));
        assertTrue(browser.findElements(By.cssSelector("#calendar\\:kind_input option[value='WORKING_DAY'][disabled]")).size()
                + browser.findElements(By.cssSelector("#calendar\\:kind option[value='WORKING_DAY'][disabled]")).size() > 0,
                "a supervisor lists days off only");
        browser.findElement(By.id("calendar:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar"), "YYYY-MM-DD"));

        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('calendar:day').value = '2027-06-01';");
        browser.findElement(By.id("calendar:nameZh")).sendKeys("南山区防汛日");
        browser.findElement(By.id("calendar:nameEn")).sendKeys("Nanshan flood day");
        browser.findElement(By.id("calendar:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The day is listed"));
        new Select(browser.findElement(By.id("calendar:year_input"))).selectByValue("2027");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:days"), "2027-06-01"));
        Browser.screenshot(browser, "calendar-local-day");
        browser.findElement(By.cssSelector("#calendar\\:days .ui-button-danger")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The day is removed"));
    }

    /** Types a valid answer into a generated field, as its type asks. */
    private void fill(String prefix, JsonObject field) {
        String type = field.getString("type");
        switch (type) {
            case "CHOICE" -> new Select(browser.findElement(By.id(prefix + "answerChoice"))).selectByIndex(1);
            case "ADDRESS" -> browser.findElement(By.id(prefix + "answerArea")).sendKeys("广东省深圳市南山区科技园");
            default -> {
                WebElement input = browser.findElement(By.id(prefix + "answer"));
                input.sendKeys(switch (type) {
                    case "NUMBER" -> field.containsKey("min") ? field.getJsonNumber("min").toString() : "1";
                    case "DATE" -> "12/01/2026";
                    case "RESIDENT_ID" -> FoundationApiIT.newResidentId();
                    case "CREDIT_CODE" -> "91350100M000100Y43";
                    default -> "南山小馆";
                });
            }
        }
    }


}
