package com.partnershipgovernance.risk.rules;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.send;
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

    private static final String DEVIATIONS = "agreement.deviations.v1";

    @Test
    void closedDeviationProposesThePreviousScoreOnceAndAcceptingReScores() {
        UUID partner = knownPartner("Closure Proposal CDMO");
        String risk = raise(partner, "OOS trend", "BATCH_FAILURE_OR_OOS", 3, 4, true);
        UUID deviation = UUID.randomUUID();
        String reported = UUID.randomUUID().toString();
        sendDeviation(reported, "deviation.reported", deviation, RisksFromEventsTest.deviation(deviation, partner,
                null, "OOS_RESULT", "CRITICAL"));
        awaitProcessed(reported);
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().body("score", equalTo(20));

        String closed = UUID.randomUUID().toString();
        sendDeviation(closed, "deviation.closed", deviation, closedPayload(deviation, partner));
        sendDeviation(closed, "deviation.closed", deviation, closedPayload(deviation, partner));
        String marker = UUID.randomUUID().toString();
        sendDeviation(marker, "deviation.reported", deviation, RisksFromEventsTest.deviation(deviation, partner,
                null, "OOS_RESULT", "MINOR"));
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
        String reported = UUID.randomUUID().toString();
        sendDeviation(reported, "deviation.reported", deviation, RisksFromEventsTest.deviation(deviation, partner,
                null, "EQUIPMENT", "MAJOR"));
        awaitProcessed(reported);
        String closed = UUID.randomUUID().toString();
        sendDeviation(closed, "deviation.closed", deviation, closedPayload(deviation, partner));
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

    private static String closedPayload(UUID deviation, UUID partner) {
        return "{\"deviationId\":\"" + deviation + "\",\"partnerId\":\"" + partner + "\",\"sowId\":null,"
                + "\"batchNumber\":\"B-9\",\"externalRef\":null,\"category\":\"OOS_RESULT\",\"severity\":\"CRITICAL\","
                + "\"occurredOn\":\"2026-11-01\",\"reportedOn\":\"2026-11-02\",\"notifiedOnTime\":true,"
                + "\"closedOn\":\"2026-11-26\",\"daysOpen\":24,\"rootCause\":\"Column degradation\",\"capaCount\":2}";
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }

    private static void sendDeviation(String eventId, String type, UUID deviation, String payload) {
        send(DEVIATIONS, eventId, type, "/agreement-service", deviation.toString(), payload);
    }
}
