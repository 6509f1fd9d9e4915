package com.partnershipgovernance.risk.rules;

import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.deviation;
import static com.partnershipgovernance.risk.RiskApi.event;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** deviation.closed never lowers a score: it proposes one, which the owner accepts or rejects. */
@QuarkusTest
class DeviationClosureProposalTest {

    @Test
    void closedDeviationProposesThePreviousScoreOnceAndAcceptingReScores() {
        UUID partner = knownPartner("Closure Proposal CDMO");
        String risk = raise(partner, "OOS trend", "BATCH_FAILURE_OR_OOS", 3, 4, true);
        UUID deviation = UUID.randomUUID();
        String reported = deviation("deviation.reported", deviation, partner, null, "OOS_RESULT", "CRITICAL").send();
        awaitProcessed(reported);
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().body("score", equalTo(20));

        EventExample closure = closed(deviation, partner);
        String closed = closure.send();
        closure.send();
        String marker = deviation("deviation.reported", deviation, partner, null, "OOS_RESULT", "MINOR").send();
        awaitProcessed(marker);

        // the score is untouched; one proposal waits in the review queue
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().body("score", equalTo(20))
                .header("ETag", "\"1\"");
        String proposal = given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString())
                .get("/risks/review-queue").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].riskId", equalTo(risk))
                .body("items[0].scoreThen", equalTo(20))
                .body("items[0].proposedScore", equalTo(12))
                .body("items[0].causeEventId", equalTo(closed))
                .body("items[0].status", equalTo("PENDING"))
                .extract().path("items[0].id");
        assertThat(count("SELECT count(*) FROM rule_firing WHERE cause_event_id = '" + closed
                + "' AND outcome = 'PROPOSED'")).isEqualTo(1);

        action("/risks/" + risk + "/proposals/" + proposal + "/accept", "\"1\"",
                "{\"reason\":\"CAPA verified effective\"}", viewer()).statusCode(403);
        action("/risks/" + risk + "/proposals/" + proposal + "/accept", "\"0\"",
                "{\"reason\":\"CAPA verified effective\"}", quality()).statusCode(412);
        action("/risks/" + risk + "/proposals/" + proposal + "/accept", "\"1\"",
                "{\"reason\":\"CAPA verified effective\"}", quality()).statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ACCEPTED")).body("decidedBy", equalTo("u-quality"));
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().body("score", equalTo(12));
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/score-history").then()
                .body("items", hasSize(3))
                .body("items[2].previousScore", equalTo(20)).body("items[2].score", equalTo(12));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/review-queue")
                .then().body("total", equalTo(0));
        action("/risks/" + risk + "/proposals/" + proposal + "/reject", "\"2\"", "{\"reason\":\"Changed my mind\"}",
                quality()).statusCode(409);
    }

    @Test
    void rejectedProposalLeavesTheRaisedRiskAsItIs() {
        UUID partner = UUID.randomUUID();
        UUID deviation = UUID.randomUUID();
        String reported = deviation("deviation.reported", deviation, partner, null, "EQUIPMENT", "MAJOR").send();
        awaitProcessed(reported);
        String closed = closed(deviation, partner).send();
        awaitProcessed(closed);

        String risk = given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks")
                .then().body("total", equalTo(1)).extract().path("items[0].id");
        String proposal = given().auth().oauth2(viewer()).get("/risks/" + risk + "/proposals").then().statusCode(200)
                .body("items.proposedScore", contains(8)).extract().path("items[0].id");
        action("/risks/" + risk + "/proposals/" + proposal + "/reject", "\"0\"",
                "{\"reason\":\"Second pump still unqualified\"}", quality()).statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("Second pump still unqualified"));
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().body("score", equalTo(12))
                .header("ETag", "\"0\"");
    }

    private static EventExample closed(UUID deviation, UUID partner) {
        return event("deviation.closed").with("deviationId", deviation).with("partnerId", partner)
                .with("sowId", null).with("batchNumber", "B-9").with("externalRef", null)
                .with("category", "OOS_RESULT").with("severity", "CRITICAL").with("occurredOn", "2026-11-01")
                .with("reportedOn", "2026-11-02").with("notifiedOnTime", true).with("closedOn", "2026-11-26")
                .with("daysOpen", 24).with("rootCause", "Column degradation").with("capaCount", 2);
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }
}
