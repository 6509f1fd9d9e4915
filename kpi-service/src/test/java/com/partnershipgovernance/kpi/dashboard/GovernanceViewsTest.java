package com.partnershipgovernance.kpi.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.partnerUser;
import static com.partnershipgovernance.kpi.KpiApi.steeringCommittee;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static com.partnershipgovernance.kpi.review.Reviews.QRT;
import static com.partnershipgovernance.kpi.review.Reviews.measured;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Worked example: query response time (lower is better; green up to 24 h, red above 48 h) of one partner:
 * July 2026 30 h (AMBER), August 20 h (GREEN), September 50 h (RED), October 10 h (GREEN); a steering
 * committee met on 15 September 2026 and gave three actions.
 */
@QuarkusTest
class GovernanceViewsTest {

    private UUID partner;
    private UUID bystander;

    @BeforeEach
    void aPartnerMeasuredOverQ3() {
        partner = measured(knownPartner("Quarterly Quanta"), "2026-07=30", "2026-08=20", "2026-09=50", "2026-10=10");
        bystander = knownPartner("Bystander Bio");
    }

    @Test
    void theSteeringCommitteeReadsAQuarterAsOfItsLastDayWithTrendsOverQuarters() {
        JsonPath view = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/steering-committee?quarter=2026-Q3&quarters=2").then().statusCode(200)
                .body("quarter", equalTo("2026-Q3")).body("asOf", equalTo("2026-09-30")).body("quarters", equalTo(2))
                .extract().jsonPath();
        String cell = "portfolio.partners.find { it.partner.id == '" + partner + "' }.cells.find { it.kpiCode == '"
                + QRT + "' }";
        assertThat(view.getString(cell + ".period")).isEqualTo("2026-09");
        assertThat(new BigDecimal(view.getString(cell + ".value"))).isEqualByComparingTo("50");
        assertThat(view.getString(cell + ".rag")).isEqualTo("RED");
        String dashboard = "partners.find { it.partner.id == '" + partner + "' }";
        assertThat(view.getList(dashboard + ".kpis.find { it.kpiCode == '" + QRT + "' }.trend.period"))
                .containsExactly("2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09");
        assertThat(view.getList(dashboard + ".kpis.find { it.kpiCode == '" + QRT + "' }.trend.rag"))
                .containsExactly(null, null, null, "AMBER", "GREEN", "RED");
        assertThat(view.getList(dashboard + ".kpis.find { it.kpiCode == 'AUDIT_FINDINGS_PER_AUDIT' }.trend.period"))
                .containsExactly("2026-Q2", "2026-Q3");

        given().auth().oauth2(partnerUser(bystander)).get("/dashboards/steering-committee?quarter=2026-Q3").then()
                .statusCode(200).body("portfolio.partners.partner.id", contains(bystander.toString()))
                .body("partners.partner.id", contains(bystander.toString()));
        given().auth().oauth2(steeringCommittee()).get("/dashboards/steering-committee?quarter=2026-09").then()
                .statusCode(400).body("errors[0].field", equalTo("quarter"));
    }

    @Test
    void theOperationalTeamSeesKpisRedOrAmberNowAndReviewActionsPastOrNearDue() {
        String review = given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2026-09-15\","
                        + "\"attendees\":[{\"name\":\"Dana Chair\",\"organisation\":\"SPONSOR\",\"role\":\"Chair\"},"
                        + "{\"name\":\"Pat Partner\",\"organisation\":\"PARTNER\",\"role\":\"Lead\"}],"
                        + "\"partnerIds\":[\"" + partner + "\"],\"kpiCodes\":[\"" + QRT + "\"],\"decisions\":[],"
                        + "\"actions\":[{\"description\":\"overdue\",\"owner\":\"Pat\",\"dueOn\":\"2026-09-20\"},"
                        + "{\"description\":\"due soon\",\"owner\":\"Dana\",\"dueOn\":\"2026-10-05\"},"
                        + "{\"description\":\"later\",\"owner\":\"Dana\",\"dueOn\":\"2026-12-01\"}]}")
                .post("/steering-committee-reviews").then().statusCode(201).extract().path("id");

        JsonPath view = given().auth().oauth2(viewer()).get("/dashboards/operational?asOf=2026-09-30").then()
                .statusCode(200).body("dueWithinDays", equalTo(14)).extract().jsonPath();
        String openKpi = "kpis.find { it.partnerId == '" + partner + "' && it.kpiCode == '" + QRT + "' }";
        assertThat(view.getString(openKpi + ".rag")).isEqualTo("RED");
        assertThat(view.getString(openKpi + ".period")).isEqualTo("2026-09");
        assertThat(view.getList("actions.findAll { it.reviewId == '" + review + "' }.description"))
                .containsExactly("overdue", "due soon");
        assertThat(view.getList("actions.findAll { it.reviewId == '" + review + "' }.overdue"))
                .containsExactly(true, false);

        // in October the value is green again: no longer an open item
        JsonPath october = given().auth().oauth2(viewer()).get("/dashboards/operational?asOf=2026-10-15").then()
                .statusCode(200).extract().jsonPath();
        assertThat(october.getList("kpis.findAll { it.partnerId == '" + partner + "' }")).isEmpty();

        JsonPath own = given().auth().oauth2(partnerUser(partner)).get("/dashboards/operational?asOf=2026-09-30")
                .then().statusCode(200).extract().jsonPath();
        assertThat(own.getList("kpis.partnerId")).containsOnly(partner.toString());
        assertThat(own.getList("actions.reviewId")).contains(review);
        JsonPath foreign = given().auth().oauth2(partnerUser(bystander))
                .get("/dashboards/operational?asOf=2026-09-30").then().statusCode(200).extract().jsonPath();
        assertThat(foreign.getList("kpis")).isEmpty();
        assertThat(foreign.getList("actions")).isEmpty();

        // once signed, the overdue action is completed: it is no longer an open item
        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}").post("/steering-committee-reviews/" + review + "/signature")
                .then().statusCode(200);
        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON)
                .body("{\"completedOn\":\"2026-09-22\"}")
                .post("/steering-committee-reviews/" + review + "/actions/0/completion").then().statusCode(200);
        assertThat(given().auth().oauth2(viewer()).get("/dashboards/operational?asOf=2026-09-30").then()
                .statusCode(200).extract().jsonPath()
                .getList("actions.findAll { it.reviewId == '" + review + "' }.description")).containsExactly("due soon");

        given().auth().oauth2(viewer()).get("/dashboards/operational?dueWithinDays=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("dueWithinDays"));
    }

    @Test
    void eachGovernanceViewIsExportedAsCsvWithTheSameFiguresAndScope() {
        String steering = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/steering-committee/csv?quarter=2026-Q3&quarters=2").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("kpi-steering-committee-2026-Q3.csv"))
                .extract().asString();
        assertThat(steering.split("\r\n")[0]).startsWith("partnerId,legalName,asOf,kpiCode");
        assertThat(steering).contains(partner + ",Quarterly Quanta,2026-09-30," + QRT)
                .contains("2026-07=30;2026-08=20;2026-09=50");

        String operational = given().auth().oauth2(viewer()).get("/dashboards/operational/csv?asOf=2026-09-30")
                .then().statusCode(200).extract().asString();
        assertThat(operational).contains("KPI,2026-09-30," + partner + ",Quarterly Quanta," + QRT + ",2026-09,50,RED");

        String group = given().auth().oauth2(viewer())
                .get("/dashboards/working-groups/RESPONSIVENESS/csv?asOf=2026-09-30&periods=3").then().statusCode(200)
                .extract().asString();
        assertThat(group).contains(partner + ",Quarterly Quanta,2026-09-30," + QRT).doesNotContain("RIGHT_FIRST_TIME");

        String foreign = given().auth().oauth2(partnerUser(bystander))
                .get("/dashboards/steering-committee/csv?quarter=2026-Q3").then().statusCode(200).extract().asString();
        assertThat(foreign).doesNotContain(partner.toString());
        given().auth().oauth2(viewer()).get("/dashboards/working-groups/GOSSIP/csv").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
    }

    @Test
    void aWorkingGroupReadsTheKpisOfItsCategory() {
        JsonPath view = given().auth().oauth2(viewer())
                .get("/dashboards/working-groups/RESPONSIVENESS?asOf=2026-09-30&periods=3").then().statusCode(200)
                .body("category", equalTo("RESPONSIVENESS"))
                .body("portfolio.kpis.code", contains("DEVIATIONS_NOTIFIED_ON_TIME_RATE", QRT))
                .extract().jsonPath();
        String dashboard = "partners.find { it.partner.id == '" + partner + "' }";
        assertThat(view.getList(dashboard + ".kpis.kpiCode")).containsExactly("DEVIATIONS_NOTIFIED_ON_TIME_RATE", QRT);
        assertThat(view.getList(dashboard + ".kpis.find { it.kpiCode == '" + QRT + "' }.trend.rag"))
                .containsExactly("AMBER", "GREEN", "RED");

        given().auth().oauth2(viewer()).get("/dashboards/working-groups/QUALITY?asOf=2026-09-30").then()
                .statusCode(200).body("portfolio.kpis.category", everyItem(equalTo("QUALITY")))
                .body("portfolio.kpis.code", hasItem("RIGHT_FIRST_TIME_BATCH_RATE"));
        given().auth().oauth2(viewer()).get("/dashboards/working-groups/GOSSIP").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
    }
}
