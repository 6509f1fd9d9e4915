package com.partnershipgovernance.risk.scenario;

import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.deviation;
import static com.partnershipgovernance.risk.RiskApi.event;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.partnerUser;
import static com.partnershipgovernance.risk.RiskApi.qualificationChanged;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.steeringCommittee;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** A scenario answers what the real event then does, and stores nothing. */
@QuarkusTest
class ScenarioPlanningTest {

    @Test
    void criticalBatchFailureScenarioPredictsTheRealEventsReScoreAndStoresNothing() {
        UUID partner = knownPartner("Scenario Batch CDMO");
        String risk = raise(partner, "Batch robustness", "BATCH_FAILURE_OR_OOS", 3, 4, true);
        UUID deviation = UUID.randomUUID();
        EventExample reported = deviation("deviation.reported", deviation, partner, null, "BATCH_FAILURE", "CRITICAL")
                .with("batchNumber", "B-7").with("externalRef", "DEV-7");

        ExtractableResponse<Response> scenario = play(reported, quality()).statusCode(200)
                .body("policy", equalTo("deviation-risk")).body("policyVersion", equalTo(1))
                .body("outcome", equalTo("RESCORED"))
                .body("change.riskId", equalTo(risk))
                .body("change.previousScore", equalTo(12)).body("change.previousRag", equalTo("AMBER"))
                .body("change.likelihood", equalTo(4)).body("change.impact", equalTo(5))
                .body("change.score", equalTo(20)).body("change.rag", equalTo("RED"))
                .extract();
        int before45 = scenario.path("heatMapBefore.cells[19].count");
        int after45 = scenario.path("heatMapAfter.cells[19].count");
        int before34 = scenario.path("heatMapBefore.cells[13].count");
        int after34 = scenario.path("heatMapAfter.cells[13].count");
        int exposureBefore = scenario.path("totalExposureBefore");
        int exposureAfter = scenario.path("totalExposureAfter");
        assertThat(after45 - before45).isEqualTo(1);
        assertThat(before34 - after34).isEqualTo(1);
        assertThat(exposureAfter - exposureBefore).isEqualTo(20 - 12);

        // nothing stored: the risk, the outbox and the firings are as they were
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().header("ETag", "\"0\"").body("score", equalTo(12));
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + risk + "%'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rule_firing WHERE partner_id = '" + partner + "'")).isZero();

        // the real event does what the scenario said
        reported.send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/risks/" + risk).then()
                        .body("likelihood", equalTo(scenario.<Integer>path("change.likelihood")))
                        .body("impact", equalTo(scenario.<Integer>path("change.impact")))
                        .body("score", equalTo(scenario.<Integer>path("change.score")))
                        .body("rag", equalTo(scenario.<String>path("change.rag"))));
    }

    @Test
    void suspensionScenarioPredictsTheRiskTheRealEventRaises() {
        UUID partner = knownPartner("Scenario Suspension CRO");
        EventExample suspension = qualificationChanged(partner, "QUALIFIED", "SUSPENDED")
                .with("reason", "OAI inspection outcome");
        ExtractableResponse<Response> scenario = play(suspension, steeringCommittee())
                .statusCode(200)
                .body("outcome", equalTo("RAISED"))
                .body("change.category", equalTo("PARTNER_COMPLIANCE"))
                .body("change.score", equalTo(16))
                .extract();
        assertThat(scenario.<Integer>path("heatMapAfter.riskCount") - scenario.<Integer>path("heatMapBefore.riskCount"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM risk WHERE partner_id = '" + partner + "'")).isZero();

        theRealEventRaisesThePredictedRisk(suspension, partner, scenario);
    }

    @Test
    void kpiBreachScenarioPredictsTheRiskTheRealBreachRaises() {
        UUID partner = knownPartner("Scenario KPI CRO");
        EventExample breach = event("kpi.breached").with("partnerId", partner).with("kpiCode", "QUERY_RESPONSE_DAYS")
                .with("kpiCategory", "RESPONSIVENESS").with("period", "2026-10").with("value", 9).with("target", 3)
                .with("rag", "RED");
        ExtractableResponse<Response> scenario = play(breach, quality()).statusCode(200)
                .body("policy", equalTo("kpi-breach-evidence"))
                .body("outcome", equalTo("RAISED"))
                .body("change.category", equalTo("PARTNER_CAPACITY_OR_TURNOVER"))
                .body("change.score", equalTo(9)).extract();
        assertThat(count("SELECT count(*) FROM risk WHERE partner_id = '" + partner + "'")).isZero();

        theRealEventRaisesThePredictedRisk(breach, partner, scenario);
    }

    @Test
    void scenarioWithAnUnknownTypeOrAnIncompletePayloadIsRefusedNamingTheField() {
        play("batch.exploded", "{}", quality()).statusCode(400).body("errors.field", contains("type"));
        play(event("milestone.missed").without("partnerId"), quality()).statusCode(400)
                .body("errors.field", contains("payload.partnerId"));
        play("milestone.missed", "{}", partnerUser(UUID.randomUUID())).statusCode(403);
    }

    /** Plays the event as a scenario: its type and payload, as its producer would send them. */
    private static io.restassured.response.ValidatableResponse play(EventExample event, String token) {
        return play(event.event().type(), event.toJson(), token);
    }

    private static io.restassured.response.ValidatableResponse play(String type, String payload, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"type\":\"" + type + "\",\"payload\":" + payload + "}").post("/scenarios").then();
    }

    /** Sends the real event and waits for the partner's one risk to be the one the scenario predicted. */
    private static void theRealEventRaisesThePredictedRisk(EventExample event, UUID partner,
                                                           ExtractableResponse<Response> scenario) {
        event.send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                        .body("total", equalTo(1))
                        .body("items[0].category", equalTo(scenario.<String>path("change.category")))
                        .body("items[0].score", equalTo(scenario.<Integer>path("change.score"))));
    }
}
