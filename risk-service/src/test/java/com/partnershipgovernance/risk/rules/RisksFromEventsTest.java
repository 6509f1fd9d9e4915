package com.partnershipgovernance.risk.rules;

import com.partnershipgovernance.platform.testing.TopicRecorder;
import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.deviation;
import static com.partnershipgovernance.risk.RiskApi.event;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.qualificationChanged;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Each automatic rule from a real CloudEvent on the broker, applied exactly once under redelivery.
 * A redelivery is followed by a marker event on the same key (so on the same partition, after it):
 * once the marker's effect is seen, the redelivery has been consumed too.
 */
@QuarkusTest
class RisksFromEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEVIATIONS = "agreement.deviations.v1";

    @Test
    void criticalDeviationOfAnUnknownPartnerRaisesOneRiskUnderRedelivery() {
        UUID partner = UUID.randomUUID();
        UUID deviation = UUID.randomUUID();
        UUID sow = UUID.randomUUID();
        EventExample reported = deviation("deviation.reported", deviation, partner, sow, "BATCH_FAILURE", "CRITICAL");
        String eventId = reported.send();
        reported.send();
        String marker = deviation("deviation.classified", deviation, partner, sow, "BATCH_FAILURE", "CRITICAL").send();
        awaitProcessed(marker);

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("BATCH_FAILURE_OR_OOS"))
                .body("items[0].score", equalTo(20)).body("items[0].rag", equalTo("RED"))
                .body("items[0].sowId", equalTo(sow.toString()))
                .body("items[0].joint", equalTo(true))
                .body("items[0].causeEventId", equalTo(eventId));
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM known_partner WHERE id = '" + partner + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE ce_type LIKE '%risk.raised%' AND payload LIKE '%"
                + eventId + "%'")).isEqualTo(1);
        // the classification at the same severity counted the deviation once: no re-score
        assertThat(count("SELECT count(*) FROM outbox_event WHERE ce_type LIKE '%risk.rescored%' AND payload LIKE '%"
                + partner + "%'")).isZero();

        String risk = riskOf(partner);
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/rule-firings").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].policy", equalTo("deviation-risk")).body("items[0].policyVersion", equalTo(1))
                .body("items[0].causeEventId", equalTo(eventId))
                .body("items[0].outcome", equalTo("RAISED"))
                .body("items[0].inputs", containsString(deviation.toString()));
    }

    @Test
    void deviationsOfOnePartnerConsumedInParallelRaiseOneRisk() {
        // keys spread over every partition, so the three consumers of the channel apply them at the same time
        UUID partner = knownPartner("Parallel Deviations CDMO");
        UUID sow = UUID.randomUUID();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            events.add(deviation("deviation.reported", UUID.randomUUID(), partner, sow, "BATCH_FAILURE", "CRITICAL")
                    .send());
        }
        events.forEach(RisksFromEventsTest::awaitProcessed);

        assertThat(count("SELECT count(*) FROM risk WHERE partner_id = '" + partner
                + "' AND category = 'BATCH_FAILURE_OR_OOS'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rule_firing WHERE partner_id = '" + partner + "'")).isEqualTo(24);
        assertThat(count("SELECT count(*) FROM rule_firing WHERE partner_id = '" + partner
                + "' AND outcome = 'RAISED'")).isEqualTo(1);
    }

    @Test
    void majorDeviationReScoresTheLiveRiskOfTheSameCategoryUpwardOnce() {
        UUID partner = knownPartner("Deviation Rescore CDMO");
        String risk = raise(partner, "Notification discipline", "QUALITY_SYSTEM", 2, 3, true);
        UUID deviation = UUID.randomUUID();
        EventExample classified = deviation("deviation.classified", deviation, partner, UUID.randomUUID(),
                "MISSED_NOTIFICATION", "MAJOR");
        String eventId = classified.send();
        classified.send();
        String marker = deviation("deviation.reported", deviation, partner, null, "MISSED_NOTIFICATION", "MINOR")
                .send();
        awaitProcessed(marker);

        given().auth().oauth2(viewer()).get("/risks/" + risk).then().statusCode(200)
                .body("likelihood", equalTo(3)).body("impact", equalTo(4)).body("score", equalTo(12));
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/score-history").then()
                .body("items", hasSize(2))
                .body("items[1].previousScore", equalTo(6))
                .body("items[1].causeEventId", equalTo(eventId))
                .body("items[1].changedBy", equalTo("system:risk-service"))
                .body("items[1].reason", containsString("MAJOR MISSED_NOTIFICATION"));

        String critical = deviation("deviation.classified", deviation, partner, null, "MISSED_NOTIFICATION",
                "CRITICAL").send();
        awaitProcessed(critical);
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().body("score", equalTo(20));
    }

    @Test
    void missedMilestonesRaiseThenReScoreTheSowsRiskOncePerMiss() {
        UUID partner = knownPartner("Milestone Research CRO");
        UUID sow = UUID.randomUUID();
        UUID firstMilestone = UUID.randomUUID();
        String first = missed(firstMilestone, sow, partner, "CLINICAL", 1).send();
        awaitProcessed(first);
        String risk = riskOf(partner);
        given().auth().oauth2(viewer()).get("/risks/" + risk).then()
                .body("category", equalTo("CLINICAL_DELAY_OR_LOW_ENROLMENT"))
                .body("likelihood", equalTo(3)).body("impact", equalTo(3))
                .body("milestoneId", equalTo(firstMilestone.toString()))
                .body("sowId", equalTo(sow.toString()));

        UUID secondMilestone = UUID.randomUUID();
        EventExample secondMiss = missed(secondMilestone, sow, partner, "CLINICAL", 2);
        String second = secondMiss.send();
        secondMiss.send();
        String marker = missed(secondMilestone, sow, partner, "CLINICAL", 2).send();
        awaitProcessed(marker);

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1))
                .body("items[0].likelihood", equalTo(4)).body("items[0].impact", equalTo(3));
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/score-history").then()
                .body("items", hasSize(2)).body("items[1].causeEventId", equalTo(second));
    }

    @Test
    void suspendedPartnerGetsOnePartnerComplianceRiskAndDisqualificationLiftsIt() {
        UUID partner = knownPartner("Suspended Biologics");
        EventExample suspension = qualificationChanged(partner, "QUALIFIED", "SUSPENDED");
        String suspended = suspension.send();
        suspension.send();
        String marker = qualificationChanged(partner, "SUSPENDED", "SUSPENDED").send();
        awaitProcessed(marker);

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("PARTNER_COMPLIANCE"))
                .body("items[0].score", equalTo(16)).body("items[0].joint", equalTo(false))
                .body("items[0].causeEventId", equalTo(suspended));
        given().auth().oauth2(viewer()).get("/partners/" + partner).then()
                .body("qualificationStatus", equalTo("SUSPENDED"));

        String disqualified = qualificationChanged(partner, "SUSPENDED", "DISQUALIFIED").send();
        awaitProcessed(disqualified);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1)).body("items[0].score", equalTo(25));
    }

    @Test
    void reinstatementChangesNoRisk() {
        UUID partner = knownPartner("Reinstated Pharma");
        String reinstated = qualificationChanged(partner, "SUSPENDED", "QUALIFIED").send();
        awaitProcessed(reinstated);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(0));
        assertThat(count("SELECT count(*) FROM rule_firing WHERE cause_event_id = '" + reinstated
                + "' AND outcome = 'NO_CHANGE' AND risk_id IS NULL")).isEqualTo(1);
    }

    @Test
    void malformedDeviationIsDeadLetteredWithTheReasonAndTheConsumerGoesOn() {
        try (TopicRecorder dlq = TopicRecorder.of(DEVIATIONS + ".risk-service.dlq")) {
            UUID deviation = UUID.randomUUID();
            UUID partner = UUID.randomUUID();
            // no partnerId: the payload does not fit this service's own record of deviation.reported
            String malformed = deviation("deviation.reported", deviation, partner, null, "BATCH_FAILURE", "CRITICAL")
                    .without("partnerId").send();
            String good = deviation("deviation.reported", deviation, partner, null, "OOS_RESULT", "MAJOR").send();
            awaitProcessed(good);
            await().atMost(WAIT).until(() -> !dlq.matching(r -> malformed.equals(TopicRecorder.header(r, "ce_id")))
                    .isEmpty());
            assertThat(TopicRecorder.header(dlq.matching(r -> malformed.equals(TopicRecorder.header(r, "ce_id")))
                    .get(0), "dead-letter-reason")).contains("partnerId");
            given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                    .body("total", equalTo(1)).body("items[0].score", equalTo(12));
        }
    }

    private static String riskOf(UUID partner) {
        return given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .statusCode(200).extract().path("items[0].id");
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(WAIT).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }

    /** agreement-service's {@code milestone.missed} of a CLINICAL SOW's milestone (keyed by the SOW). */
    private static EventExample missed(UUID milestone, UUID sow, UUID partner, String kind, int missCount) {
        return event("milestone.missed").with("milestoneId", milestone).with("sowId", sow)
                .with("msaId", UUID.randomUUID()).with("partnerId", partner).with("sowKind", kind)
                .with("name", "First patient in").with("dueDate", "2026-10-31").with("daysOverdue", 27)
                .with("missCountForSow", missCount);
    }
}
