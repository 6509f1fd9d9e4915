package com.partnershipgovernance.kpi.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.partnershipgovernance.kpi.KpiApi.finance;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.partnerUser;
import static com.partnershipgovernance.kpi.KpiApi.steeringCommittee;
import static com.partnershipgovernance.kpi.review.Reviews.QRT;
import static com.partnershipgovernance.kpi.review.Reviews.enter;
import static com.partnershipgovernance.kpi.review.Reviews.measured;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Worked example: query response time (lower is better; target 24 h, green up to 24, red above 48) of
 * two partners of their own type and engagement model, read as of mid-July 2026.
 */
@QuarkusTest
class DashboardTest {

    private static final String MODEL = "TACTICAL";

    private UUID slipping;
    private UUID improving;
    private String type;

    @BeforeEach
    void twoPartners() {
        // a type of their own keeps other tests' partners out of the filtered portfolio
        type = "BOTH";
        String model = MODEL;
        // slipping: April 20, May 22, June not measured, July 50
        slipping = measured(knownPartner("Slipping Sciences", type, model), "2026-04=20", "2026-05=22", "2026-07=50");
        // improving: June 40, July 30
        improving = measured(knownPartner("Improving Analytics", type, model), "2026-06=40", "2026-07=30");
    }

    @Test
    void aPartnersDashboardShowsCurrentValueTargetRagTrendAndTravel() {
        JsonPath dashboard = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/partners/" + slipping + "?asOf=2026-07-15&periods=4").then().statusCode(200)
                .body("partner.legalName", equalTo("Slipping Sciences"))
                .body("kpis", hasSize(8))
                .body("ragCounts.red", equalTo(1))
                .body("ragCounts.none", equalTo(7))
                .extract().jsonPath();
        String tile = "kpis.find { it.kpiCode == '" + QRT + "' }";
        assertThat(dashboard.getString(tile + ".currentPeriod")).isEqualTo("2026-07");
        assertDecimal(dashboard, tile + ".currentValue", "50");
        assertDecimal(dashboard, tile + ".target", "24");
        assertThat(dashboard.getString(tile + ".rag")).isEqualTo("RED");
        assertThat(dashboard.getString(tile + ".travel")).isEqualTo("WORSENING");
        assertThat(dashboard.getList(tile + ".trend.period")).containsExactly("2026-04", "2026-05", "2026-06", "2026-07");
        assertThat(dashboard.getList(tile + ".trend.rag")).containsExactly("GREEN", "GREEN", null, "RED");
        assertThat(dashboard.getString(tile + ".trend[2].value")).isNull();
        assertDecimal(dashboard, tile + ".trend[1].value", "22");

        String unmeasured = "kpis.find { it.kpiCode == 'ON_TIME_MILESTONE_RATE' }";
        assertThat(dashboard.getString(unmeasured + ".currentValue")).isNull();
        assertThat(dashboard.getString(unmeasured + ".travel")).isEqualTo("UNKNOWN");
        assertThat(dashboard.getList(unmeasured + ".trend")).hasSize(4);
    }

    @Test
    void asOfAnEarlierDayTheDashboardIgnoresLaterPeriods() {
        JsonPath dashboard = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/partners/" + slipping + "?asOf=2026-06-15&periods=3&category=RESPONSIVENESS").then()
                .statusCode(200).body("kpis.kpiCode", contains("DEVIATIONS_NOTIFIED_ON_TIME_RATE", QRT))
                .extract().jsonPath();
        String tile = "kpis.find { it.kpiCode == '" + QRT + "' }";
        assertThat(dashboard.getString(tile + ".currentPeriod")).isEqualTo("2026-05");
        assertThat(dashboard.getString(tile + ".rag")).isEqualTo("GREEN");
        assertThat(dashboard.getString(tile + ".travel")).isEqualTo("WORSENING");
    }

    @Test
    void thePortfolioSetsPartnersSideBySideWithRagCountsAndWorstMovers() {
        JsonPath portfolio = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/portfolio?asOf=2026-07-15&type=" + type + "&engagementModel=" + MODEL
                        + "&category=RESPONSIVENESS").then().statusCode(200)
                .body("kpis.code", contains("DEVIATIONS_NOTIFIED_ON_TIME_RATE", QRT))
                .extract().jsonPath();
        String slippingRow = "partners.find { it.partner.id == '" + slipping + "' }";
        String improvingRow = "partners.find { it.partner.id == '" + improving + "' }";
        assertThat(portfolio.getString(slippingRow + ".cells.find { it.kpiCode == '" + QRT + "' }.rag"))
                .isEqualTo("RED");
        assertThat(portfolio.getString(improvingRow + ".cells.find { it.kpiCode == '" + QRT + "' }.rag"))
                .isEqualTo("AMBER");
        assertThat(portfolio.getString(improvingRow + ".cells.find { it.kpiCode == '" + QRT + "' }.travel"))
                .isEqualTo("IMPROVING");
        assertThat(portfolio.getList("worstMovers.partnerId")).contains(slipping.toString())
                .doesNotContain(improving.toString());
        String mover = "worstMovers.find { it.partnerId == '" + slipping + "' }";
        assertDecimal(portfolio, mover + ".previousValue", "22");
        assertDecimal(portfolio, mover + ".changePercent", "127.27");
        assertThat(portfolio.getInt("ragCounts.red")).isGreaterThanOrEqualTo(1);
        assertThat(portfolio.getInt("ragCounts.amber")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void asOfADayBeforeTheLatestPeriodThePortfolioShowsWhatWasCurrentThen() {
        JsonPath portfolio = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/portfolio?asOf=2026-06-15&type=" + type + "&engagementModel=" + MODEL
                        + "&category=RESPONSIVENESS").then().statusCode(200).extract().jsonPath();
        String slippingCell = "partners.find { it.partner.id == '" + slipping + "' }.cells.find { it.kpiCode == '"
                + QRT + "' }";
        assertThat(portfolio.getString(slippingCell + ".period")).isEqualTo("2026-05");
        assertDecimal(portfolio, slippingCell + ".value", "22");
        assertThat(portfolio.getString(slippingCell + ".rag")).isEqualTo("GREEN");
        assertThat(portfolio.getString(slippingCell + ".travel")).isEqualTo("WORSENING");
        String improvingCell = "partners.find { it.partner.id == '" + improving + "' }.cells.find { it.kpiCode == '"
                + QRT + "' }";
        assertThat(portfolio.getString(improvingCell + ".period")).isEqualTo("2026-06");
        assertThat(portfolio.getString(improvingCell + ".travel")).isEqualTo("UNKNOWN");
    }

    @Test
    void aCorrectedLatestValueShowsInThePortfolio() {
        String id = given().auth().oauth2(steeringCommittee()).get("/measurements?kpiCode=" + QRT + "&partnerId="
                + improving + "&period=2026-07").then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "The July export double-counted closed queries")
                .body("{\"value\":60}").put("/measurements/" + id).then().statusCode(200);

        JsonPath portfolio = given().auth().oauth2(partnerUser(improving)).get("/dashboards/portfolio?asOf=2026-07-15"
                + "&category=RESPONSIVENESS").then().statusCode(200).extract().jsonPath();
        String cell = "partners[0].cells.find { it.kpiCode == '" + QRT + "' }";
        assertDecimal(portfolio, cell + ".value", "60");
        assertThat(portfolio.getString(cell + ".rag")).isEqualTo("RED");
        assertThat(portfolio.getString(cell + ".travel")).isEqualTo("WORSENING");
        assertDecimal(portfolio, "worstMovers[0].previousValue", "40");
        assertDecimal(portfolio, "worstMovers[0].changePercent", "50.00");
    }

    @Test
    void monthsEnteredConcurrentlyLeaveTheTrueLatestTwoInThePortfolio() throws Exception {
        UUID partner = knownPartner("Concurrent Clinical", type, MODEL);
        // November alone is low: a portfolio that took any other month as the previous one shows no worsening
        ExecutorService writers = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> entered = IntStream.rangeClosed(1, 12).mapToObj(month -> writers.submit(() ->
                    enter(partner, "2025-%02d".formatted(month), month == 11 ? "10" : month == 12 ? "50" : "70")))
                    .collect(Collectors.toList());
            for (Future<?> entry : entered) {
                entry.get(30, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        JsonPath portfolio = given().auth().oauth2(partnerUser(partner)).get("/dashboards/portfolio?asOf=2026-01-15"
                + "&category=RESPONSIVENESS").then().statusCode(200).extract().jsonPath();
        String cell = "partners[0].cells.find { it.kpiCode == '" + QRT + "' }";
        assertThat(portfolio.getString(cell + ".period")).isEqualTo("2025-12");
        assertThat(portfolio.getString(cell + ".travel")).isEqualTo("WORSENING");
        assertThat(portfolio.getString("worstMovers[0].previousPeriod")).isEqualTo("2025-11");
        assertDecimal(portfolio, "worstMovers[0].previousValue", "10");
    }

    @Test
    void aPartnersUserSeesOnlyTheirOwnPartner() {
        given().auth().oauth2(partnerUser(improving)).get("/dashboards/partners/" + improving).then().statusCode(200);
        given().auth().oauth2(partnerUser(improving)).get("/dashboards/partners/" + slipping).then().statusCode(404);
        given().auth().oauth2(partnerUser(improving)).get("/dashboards/portfolio?asOf=2026-07-15").then()
                .statusCode(200).body("partners", hasSize(1)).body("partners[0].partner.id", equalTo(improving.toString()));
        given().auth().oauth2(steeringCommittee()).get("/dashboards/partners/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(steeringCommittee()).get("/dashboards/partners/" + slipping + "?periods=0").then()
                .statusCode(400).body("errors[0].field", equalTo("periods"));
    }

    @Test
    void theDashboardsExportAsCsv() {
        String csv = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/partners/" + slipping + "/csv?asOf=2026-07-15&periods=4").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(9);
        assertThat(lines[0]).isEqualTo("partnerId,legalName,asOf,kpiCode,name,category,unit,direction,currentPeriod,"
                + "currentValue,target,rag,travel,trend");
        assertThat(lines).contains(slipping + ",Slipping Sciences,2026-07-15," + QRT + ",Query response time,"
                + "RESPONSIVENESS,hours,LOWER_IS_BETTER,2026-07,50,24,RED,WORSENING,2026-04=20;2026-05=22;2026-06=;2026-07=50");

        String portfolio = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/portfolio/csv?asOf=2026-07-15&type=" + type + "&engagementModel=" + MODEL
                        + "&category=RESPONSIVENESS").then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(portfolio.split("\r\n")).contains(improving + ",Improving Analytics," + type + "," + MODEL
                + ",2026-07-15," + QRT + ",2026-07,30,AMBER,IMPROVING");
        given().auth().oauth2(partnerUser(improving)).get("/dashboards/partners/" + slipping + "/csv").then()
                .statusCode(404);
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsDefusedInCsv() {
        UUID partner = knownPartner("=SUM(1+1)", type, MODEL);
        String csv = given().auth().oauth2(steeringCommittee()).get("/dashboards/partners/" + partner + "/csv").then()
                .statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")[1]).startsWith(partner + ",'=SUM(1+1),");
    }

    private static void assertDecimal(JsonPath json, String path, String expected) {
        assertThat(new BigDecimal(json.getString(path))).as(path).isEqualByComparingTo(expected);
    }
}
