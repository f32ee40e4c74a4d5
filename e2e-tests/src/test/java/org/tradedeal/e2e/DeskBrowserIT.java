package org.tradedeal.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The negotiator's desk in a real headless Chromium over the three packaged services: the tour a new user
 * makes by clicking, after logging in on Keycloak's login page as Pakistan's negotiator; a validation error and
 * a stale edit. Every page is photographed at a desktop and a phone width (target/screenshots), and must fit the
 * phone's width.
 */
@ExtendWith(SuiteExtension.class)
class DeskBrowserIT {

    private static final String SEED = "Pakistan-US reciprocal tariff talks";

    private static RunningSuite suite;
    private static Browser browser;

    @BeforeAll
    static void openTheBrowser(RunningSuite running) {
        suite = running;
        browser = new Browser(suite.url("negotiation-service"));
        browser.logIn(Users.PK_NEGOTIATOR, Users.PK_NEGOTIATOR + "-pw");
    }

    /** A failed step leaves a picture of the page it failed on (failed-<test>.png beside the screenshots). */
    @RegisterExtension
    final AfterTestExecutionCallback pictureOfAFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.picture("failed-" + context.getRequiredTestMethod().getName());
        }
    };

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNegotiatorWritesScoresEditsAndComparesADraftByClicking() {
        browser.open("/");
        browser.findWithText("main h1", "Negotiations");
        assertFits(browser.screenshots("1-negotiations"));
        browser.driver.findElement(By.linkText(SEED)).click();

        // The negotiation: its trade figures arrive from trade-data-service after the page.
        browser.findWithText("#trade", "Rate the formula gives");
        assertThat(browser.find("#trade").getText()).contains("30%").contains("Cotton, not carded or combed");
        assertThat(browser.find(".timeline").getText()).contains("Tariff suspension expires");
        assertFits(browser.screenshots("2-negotiation"));
        browser.driver.findElement(By.linkText("Write a new draft")).click();

        // A draft with two purchases, from the product picker, and one barrier removal, from the barrier picker.
        browser.type("#title", "Cotton and soybeans, by browser");
        pick("add-purchase:5201");
        browser.waitFor(d -> "5201".equals(browser.find("#p0-hsCode").getAttribute("value")));
        // From the deadline's year (2025): with ruleset 2.0.0 the gap answered is the commitment window's
        // weakest year, which a package starting later would leave uncovered whatever its amount.
        fillPurchase(0, "400", "2025", "3");
        pick("add-purchase:1201");
        browser.waitFor(d -> "1201".equals(browser.find("#p1-hsCode").getAttribute("value")));
        fillPurchase(1, "200", "2025", "3");
        pick("add-barrier:SPS-2");
        browser.waitFor(d -> "SPS-2".equals(new Select(browser.find("#b0-barrierCode")).getFirstSelectedOption()
                .getAttribute("value")));
        setDate("#b0-committedBy", "2026-06-30");

        // The live preview follows the amount as it is typed, and nothing is saved meanwhile.
        BigDecimal gapBefore = stablePreviewGap();
        assertThat(gapBefore).isPositive();
        String scoreBefore = browser.find("#preview-score").getText();
        browser.type("#p0-addedUsdMillionsPerYear", "700");
        browser.waitFor(d -> dollars(browser.find("#preview-gap").getText()).compareTo(gapBefore) != 0);
        BigDecimal gapAfter = stablePreviewGap();
        assertThat(gapAfter).isLessThan(gapBefore);
        assertThat(browser.find("#preview-score").getText()).isNotEqualTo(scoreBefore);
        assertThat(browser.find("#preview-rate").getText()).endsWith("%");
        assertFits(browser.screenshots("3-editor"));

        browser.click("#save");
        browser.waitFor(d -> browser.path().matches("/drafts/\\d+/versions/1"));
        String draftPath = browser.path().replace("/versions/1", "");
        browser.findWithText("#score-none", "Not scored yet");

        // Score it: the score, the charts and every fired rule.
        browser.click("#score-button");
        browser.find("#score");
        assertChartDrawn("concern-chart", 5);
        assertChartDrawn("rate-chart", 3);
        List<WebElement> rules = browser.driver.findElements(By.cssSelector("#fired-rules tbody tr"));
        assertThat(rules).isNotEmpty();
        assertThat(rules.get(0).getText()).isNotBlank();
        assertThat(browser.find("#gap").getText()).contains("target");
        assertFits(browser.screenshots("4-score"));

        // Edit into version 2: more soybeans, and the GE-soybean ban lifted too.
        browser.click("#edit-link");
        browser.findWithText("main h1", "version 2");
        assertThat(browser.find("#p1-addedUsdMillionsPerYear").getAttribute("value")).isEqualTo("200");
        browser.type("#p1-addedUsdMillionsPerYear", "350");
        pick("add-barrier:SPS-1");
        browser.waitFor(d -> browser.driver.findElements(By.cssSelector("#b1-barrierCode")).size() == 1);
        browser.type("#note", "More soybeans, and the GE-soybean ban lifted");
        browser.click("#save");
        browser.waitFor(d -> browser.path().equals(draftPath + "/versions/2"));
        browser.click("#score-button");
        browser.find("#score");

        // Compare the two versions.
        assertThat(new Select(browser.find("#compare-other")).getFirstSelectedOption().getAttribute("value"))
                .endsWith(":1");
        browser.click("#compare-button");
        browser.findWithText("#what-changed", "Barriers now removed");
        assertThat(browser.find("#what-changed").getText()).contains("SPS-1");
        assertThat(browser.find("#purchase-changes").getText()).contains("1201").contains("+150 M USD");
        assertChartDrawn("comparison-chart", 5);
        assertThat(browser.find("#side-by-side").getText()).contains("Soybeans");
        assertFits(browser.screenshots("5-comparison"));

        // Where the negotiation stands.
        browser.open("/");
        browser.click("a[href$='/dashboard']");
        browser.findWithText("#best-draft", "v");
        assertThat(browser.find("#milestones-due").getText()).isNotBlank();
        assertFits(browser.screenshots("6-dashboard"));
    }

    @Test
    void aValidationErrorNamesTheFieldAndKeepsWhatWasTyped() {
        browser.open("/negotiations/" + seedNegotiation() + "/drafts/new");
        browser.type("#title", "A draft with mistakes");
        pick("add-purchase");
        browser.find("#p0-hsCode");
        browser.type("#p0-hsCode", "5x");
        browser.type("#p0-addedUsdMillionsPerYear", "300");
        browser.type("#p0-firstYear", "20x6");
        browser.type("#p0-years", "3");

        browser.click("#save");
        browser.findWithText("#error-summary", "was not saved");
        assertThat(browser.find("#p0-firstYear-error").getText()).contains("whole number");
        assertThat(browser.find("#p0-hsCode-error").getText()).contains("HS code");
        assertThat(browser.find("#p0-firstYear").getAttribute("value")).isEqualTo("20x6");
        assertThat(browser.find("#p0-addedUsdMillionsPerYear").getAttribute("value")).isEqualTo("300");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("A draft with mistakes");
        assertThat(browser.find("#p0-firstYear").getAttribute("aria-invalid")).isEqualTo("true");
        assertFits(browser.screenshots("7-editor-validation-error"));
    }

    @Test
    void aStaleEditShowsTheConflictKeepsWhatWasTypedAndOffersToReload() {
        long draft = createDraft("Cotton, edited twice at once");
        browser.open("/drafts/" + draft + "/edit");
        browser.type("#p0-addedUsdMillionsPerYear", "650");
        // Meanwhile a colleague of the same side saves version 2.
        suite.api("negotiation-service", Users.PK_COLLEAGUE).contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", 1, "content", Map.of("purchases",
                        List.of(purchase(450_000_000L)))))
                .post("/api/v1/drafts/" + draft + "/versions").then().statusCode(201);

        browser.click("#save");
        browser.findWithText("#conflict", "Someone else saved version 2");
        assertThat(browser.find("#p0-addedUsdMillionsPerYear").getAttribute("value")).isEqualTo("650");
        assertFits(browser.screenshots("8-editor-conflict"));

        browser.click("#reload-latest");
        browser.findWithText("main h1", "version 3");
        assertThat(browser.find("#p0-addedUsdMillionsPerYear").getAttribute("value")).isEqualTo("450");
    }

    /** Clicks one of the editor's buttons that add a row (a picker's, or "Add a purchase"), and waits for the swap. */
    private static void pick(String action) {
        browser.settle();
        WebElement button = browser.find("button[name=action][value='" + action + "']");
        if (!button.isDisplayed()) {
            // A picker's table sits in a <details>: open it by its summary.
            WebElement summary = button.findElement(By.xpath("ancestor::details/summary"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click();
        }
        // Clear of the save bar that stays at the bottom of the window.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.settle();
    }

    private static void fillPurchase(int row, String millions, String firstYear, String years) {
        browser.type("#p" + row + "-addedUsdMillionsPerYear", millions);
        browser.type("#p" + row + "-firstYear", firstYear);
        browser.type("#p" + row + "-years", years);
    }

    /** A date field set the way the date picker sets it (typing into one depends on the browser's locale). */
    private static void setDate(String css, String isoDate) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                browser.find(css), isoDate);
    }

    /** The preview's dollar gap once it has caught up with the form (it asks half a second after the last key). */
    private static BigDecimal stablePreviewGap() {
        String gap = browser.find("#preview-gap").getText();
        while (true) {
            sleep(1_200);
            browser.settle();
            String again = browser.find("#preview-gap").getText();
            if (again.equals(gap)) {
                return dollars(gap);
            }
            gap = again;
        }
    }

    private static BigDecimal dollars(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal(digits);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertChartDrawn(String canvasId, int bars) {
        Number drawn = (Number) browser.waitFor(d -> browser.script("var chart = Chart.getChart(document.getElementById("
                + "arguments[0])); return chart ? chart.data.labels.length : null", canvasId));
        assertThat(drawn.intValue()).as("bars of " + canvasId).isEqualTo(bars);
    }

    private static void assertFits(long overflow) {
        assertThat(overflow).as("how far the page sticks out sideways at 390 px").isLessThanOrEqualTo(0);
    }

    private static long seedNegotiation() {
        return suite.api("negotiation-service", Users.PK_NEGOTIATOR)
                .get("/api/v1/negotiations").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == '" + SEED + "' }.id");
    }

    private static long createDraft(String title) {
        return suite.api("negotiation-service", Users.PK_NEGOTIATOR).contentType(ContentType.JSON)
                .body(Map.of("title", title, "content", Map.of("purchases",
                        List.of(purchase(500_000_000L)))))
                .post("/api/v1/negotiations/" + seedNegotiation() + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> purchase(long usdPerYear) {
        return Map.of("hsCode", "5201", "addedUsdPerYear", usdPerYear, "firstYear", 2025, "years", 2, "binding", true);
    }
}
