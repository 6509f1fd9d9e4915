package com.partnershipgovernance.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The steering-committee dashboard page in a real headless Chromium against the platform as
 * {@code deploy/run --demo} starts it: after signing in with the admin token, the numbers the page shows
 * (portfolio matrix, RAG counts, a partner's open deviations, pending decisions, top risks and heat map)
 * are those the JSON APIs answer. Saves the screenshots the README shows to {@code docs/screenshots/}.
 */
class SteeringCommitteeDashboardIT {

    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
    private static final Map<String, String> RAG_TEXT = Map.of("RED", "Red", "AMBER", "Amber", "GREEN", "Green",
            "NONE", "No RAG");

    private static LaunchedPlatform platform;
    private static ChromeDriver browser;

    @BeforeAll
    static void startPlatformAndBrowser() throws IOException {
        platform = LaunchedPlatform.start("--demo");
        browser = HeadlessChromium.start();
        // before any page script runs: every Content-Security-Policy violation of the page is kept for the assertions
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => "
                        + "window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.get(platform.kpiService() + "/dashboard/");
        browser.executeScript("sessionStorage.clear()");
    }

    @Test
    void portfolioMatrixShowsTheKpiServicesValuesAndRagWithTheRiskHeatMapAndTopRisks() throws IOException {
        signIn(platform.adminToken());
        awaitLoaded("#/");
        // events may still be reaching kpi-service and risk-service: compare again until the page is current
        settled(() -> {
            browser.navigate().refresh();
            awaitLoaded("#/");
            JsonNode portfolio = platform.get(platform.kpiService() + "/dashboards/portfolio");
            assertThat(portfolio.get("partners")).as("the demo's partners").hasSizeGreaterThanOrEqualTo(10);
            assertMatrix(portfolio);
            assertHeatMap("#heat-map", platform.get(platform.riskService() + "/risks/heat-map"));
            assertTopRisks("#top-risks", platform.get(platform.riskService() + "/risks/top?limit=10"));
        });
        assertEverythingCameFromThePlatform();
        screenshot("dashboard-portfolio.png");
    }

    @Test
    void partnerPageShowsTrendsOpenDeviationsPendingDecisionsAndTopRisksOfTheApis() throws IOException {
        signIn(platform.adminToken());
        awaitLoaded("#/");
        String partnerId = busiestPartner();
        browser.findElement(By.cssSelector("tr[data-partner-id='" + partnerId + "'] th a")).click();
        awaitLoaded("#/partners/" + partnerId);
        settled(() -> {
            browser.navigate().refresh();
            awaitLoaded("#/partners/" + partnerId);
            assertPartnerPage(partnerId);
        });
        assertEverythingCameFromThePlatform();
        screenshot("dashboard-partner.png");
    }

    @Test
    void aRejectedTokenAsksToSignInAgainWithTheReason() {
        String admin = platform.adminToken();
        signIn(admin.substring(0, admin.lastIndexOf('.') + 1) + "forged-signature");
        new WebDriverWait(browser, PAGE_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(text("#message")).contains("not accepted (401");
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(0L);
    }

    // Swagger UI is the platform's other HTML page: its security headers must not stop it from showing the API
    @Test
    void swaggerUiShowsTheApiUnderItsContentSecurityPolicy() {
        browser.get(platform.kpiService() + "/q/swagger-ui/");
        new WebDriverWait(browser, PAGE_TIMEOUT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        Object policy = browser.executeAsyncScript("const done = arguments[arguments.length - 1]; "
                + "fetch(location.href).then(r => done(r.headers.get('content-security-policy')));");
        assertThat(policy).asString().contains("frame-ancestors 'none'");
        assertThat(browser.executeScript("return window.cspViolations")).asList().as("CSP violations").isEmpty();
    }

    private void assertMatrix(JsonNode portfolio) {
        for (String rag : List.of("RED", "AMBER", "GREEN", "NONE")) {
            assertThat(text("#portfolio-rag-totals li[data-rag='" + rag + "'] .count")).as("portfolio %s", rag)
                    .isEqualTo(portfolio.at("/ragCounts/" + rag.toLowerCase()).asText());
        }
        assertThat(browser.findElements(By.cssSelector("#portfolio-matrix tbody tr")))
                .hasSize(portfolio.get("partners").size());
        for (JsonNode row : portfolio.get("partners")) {
            String tr = "#portfolio-matrix tr[data-partner-id='" + row.at("/partner/id").asText() + "'] ";
            assertThat(text(tr + "th a")).isEqualTo(row.at("/partner/legalName").asText());
            JsonNode counts = row.get("ragCounts");
            assertThat(text(tr + "td.counts")).as("RAG counts of %s", row.at("/partner/legalName").asText())
                    .isEqualTo(counts.get("red").asText() + " / " + counts.get("amber").asText() + " / "
                            + counts.get("green").asText());
            for (JsonNode cell : row.get("cells")) {
                WebElement td = element(tr + "td[data-kpi='" + cell.get("kpiCode").asText() + "']");
                String rag = cell.get("rag").isNull() ? "NONE" : cell.get("rag").asText();
                assertThat(td.getAttribute("data-rag")).isEqualTo(rag);
                if (cell.get("value").isNull()) {
                    assertThat(td.findElements(By.cssSelector(".value"))).isEmpty();
                    assertThat(td.getAttribute("title")).isEqualTo("not measured, no RAG");
                } else {
                    assertThat(new BigDecimal(td.findElement(By.cssSelector(".value")).getText()))
                            .isEqualByComparingTo(cell.get("value").decimalValue());
                    assertThat(td.findElement(By.cssSelector(".badge")).getText()).as("RAG as text")
                            .isEqualTo(RAG_TEXT.get(rag));
                }
            }
        }
    }

    private void assertPartnerPage(String partnerId) {
        JsonNode dashboard = platform.get(platform.kpiService() + "/dashboards/partners/" + partnerId + "?periods=12");
        assertThat(text("#partner-header h1")).isEqualTo(dashboard.at("/partner/legalName").asText());
        for (String rag : List.of("RED", "AMBER", "GREEN", "NONE")) {
            assertThat(text("#partner-rag-totals li[data-rag='" + rag + "'] .count"))
                    .isEqualTo(dashboard.at("/ragCounts/" + rag.toLowerCase()).asText());
        }
        assertThat(browser.findElements(By.cssSelector("#kpi-trends .tile"))).hasSize(dashboard.get("kpis").size());
        for (JsonNode kpi : dashboard.get("kpis")) {
            WebElement tile = element("#kpi-trends .tile[data-kpi='" + kpi.get("kpiCode").asText() + "']");
            assertThat(tile.getAttribute("data-rag")).isEqualTo(kpi.get("rag").isNull() ? "NONE" : kpi.get("rag").asText());
            assertThat(tile.findElements(By.cssSelector(".chart canvas"))).as("trend chart of %s", kpi.get("kpiCode"))
                    .isNotEmpty();
        }
        assertThat(text("#open-deviation-count")).isEqualTo(String.valueOf(openDeviations(partnerId)));
        JsonNode open = platform.get(platform.agreementService() + "/milestones?status=OPEN&size=500&partnerId=" + partnerId);
        long pending = items(open).stream().filter(m -> m.get("decisionPoint").asBoolean() && m.get("decision").isNull())
                .count();
        assertThat(text("#pending-decision-count")).isEqualTo(String.valueOf(pending));
        assertThat(text("#open-milestone-count")).isEqualTo(open.get("total").asText());
        assertTopRisks("#partner-top-risks",
                platform.get(platform.riskService() + "/risks/top?limit=10&partnerId=" + partnerId));
        assertHeatMap("#partner-heat-map", platform.get(platform.riskService() + "/risks/heat-map?partnerId=" + partnerId));
    }

    private static void settled(ThrowingRunnable comparison) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).untilAsserted(comparison);
    }

    /** The partner with the most to show: open deviations, then live risks. */
    private String busiestPartner() {
        List<String> ids = new ArrayList<>();
        platform.get(platform.kpiService() + "/dashboards/portfolio").get("partners")
                .forEach(row -> ids.add(row.at("/partner/id").asText()));
        return ids.stream().max(Comparator.comparingLong((String id) -> openDeviations(id))
                .thenComparingInt(id -> platform.get(platform.riskService() + "/risks/heat-map?partnerId=" + id)
                        .get("riskCount").asInt())).orElseThrow();
    }

    /** Counted here from every deviation of the partner, not by the page's per-status queries. */
    private long openDeviations(String partnerId) {
        return items(platform.get(platform.agreementService() + "/deviations?size=500&partnerId=" + partnerId)).stream()
                .filter(d -> !d.get("status").asText().equals("CLOSED")).count();
    }

    private void assertTopRisks(String section, JsonNode top) {
        List<String> titles = items(top).stream().map(r -> r.get("title").asText()).toList();
        assertThat(browser.findElements(By.cssSelector(section + " tbody tr")).stream()
                .map(tr -> tr.findElement(By.cssSelector("td")).getText().lines().findFirst().orElse("")).toList())
                .as("top risks in %s", section).isEqualTo(titles);
    }

    private void assertHeatMap(String section, JsonNode heatMap) {
        for (JsonNode cell : heatMap.get("cells")) {
            WebElement td = element(section + " td[data-likelihood='" + cell.get("likelihood").asText()
                    + "'][data-impact='" + cell.get("impact").asText() + "']");
            assertThat(td.getAttribute("data-count")).isEqualTo(cell.get("count").asText());
        }
        assertThat(text(section + " .sub")).startsWith(heatMap.get("riskCount").asText() + " live risks");
    }

    /** The page and its chart library came from the services themselves: no CDN. */
    private void assertEverythingCameFromThePlatform() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith("http://localhost:"));
        assertThat(loaded).anyMatch(url -> url.contains("/webjars/echarts/"));
        assertPolicyInForceAndNothingBlocked();
    }

    /** The page was served with its Content-Security-Policy and showed all it shows without breaking it. */
    private void assertPolicyInForceAndNothingBlocked() {
        Object policy = browser.executeAsyncScript("const done = arguments[arguments.length - 1]; "
                + "fetch(location.href).then(r => done(r.headers.get('content-security-policy')));");
        assertThat(policy).asString().contains("script-src 'self'").contains("frame-ancestors 'none'")
                .contains(platform.agreementService()).contains(platform.riskService());
        assertThat(browser.executeScript("return window.cspViolations")).asList().as("CSP violations").isEmpty();
    }

    private void signIn(String token) {
        browser.get(platform.kpiService() + "/dashboard/");
        WebElement field = new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        // typing a JWT key by key is slow: set the value as a paste would
        browser.executeScript("arguments[0].value = arguments[1]", field, token);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
    }

    private void awaitLoaded(String hash) {
        new WebDriverWait(browser, PAGE_TIMEOUT).until(ExpectedConditions.attributeToBe(By.id("content"),
                "data-loaded", hash));
    }

    private WebElement element(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return element(css).getText().strip();
    }

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    /** The whole page: the window is made as tall as the document first. */
    private void screenshot(String name) throws IOException {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1500, (int) Math.min(height + 40, 6000)));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1500, 1100));
    }
}
