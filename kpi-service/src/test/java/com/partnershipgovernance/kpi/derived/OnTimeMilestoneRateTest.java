package com.partnershipgovernance.kpi.derived;

import com.partnershipgovernance.platform.testing.TopicRecorder;
import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.thresholds;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static com.partnershipgovernance.kpi.derived.AgreementEvents.completed;
import static com.partnershipgovernance.kpi.derived.AgreementEvents.missed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class OnTimeMilestoneRateTest {

    private static final String KPI = "ON_TIME_MILESTONE_RATE";
    private static final LocalDate JULY_10 = LocalDate.of(2026, 7, 10);
    private static final LocalDate JULY_20 = LocalDate.of(2026, 7, 20);
    private static final LocalDate JULY_25 = LocalDate.of(2026, 7, 25);

    @Test
    void aMissedMilestoneMovesThePartnersOnTimeRateAndItsRagAndARedeliveryChangesNothing() {
        UUID partner = knownPartner("Milestone Biologics");
        thresholds(KPI, partner, "95", "90", "80");
        String first = completed(UUID.randomUUID(), partner, JULY_10, JULY_10.minusDays(2)).send();
        String second = completed(UUID.randomUUID(), partner, JULY_20, JULY_20).send();
        awaitRate(partner, "100.00", "GREEN");

        UUID late = UUID.randomUUID();
        EventExample missed = missed(late, partner, JULY_25);
        String missedEvent = missed.send();
        awaitRate(partner, "66.67", "RED");

        String id = measurementId(partner);
        long revisions = count("SELECT count(*) FROM measurement_aud WHERE id = '" + id + "'");
        missed.send();
        // a later event on the same partition proves the redelivery was consumed before it
        String marker = AgreementEvents.milestone("milestone.due-soon", late, partner, JULY_25).with("daysLeft", 3)
                .send();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + marker + "'") == 1);

        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + missedEvent + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM measurement_aud WHERE id = '" + id + "'")).isEqualTo(revisions);
        given().auth().oauth2(viewer()).get("/measurements/" + id).then().statusCode(200)
                .body("value", equalTo(66.67f))
                .body("source", equalTo("DERIVED"))
                .body("sourceEvents.eventId", containsInAnyOrder(first, second, missedEvent))
                .body("sourceEvents.find { it.eventId == '" + missedEvent + "' }.eventType",
                        equalTo("milestone.missed"));
        given().auth().oauth2(viewer()).get("/measurements/" + id + "/history").then().statusCode(200)
                // created at 100 %, unchanged by the second on-time milestone, then 66.67 % after the miss
                .body("items", hasSize(2))
                .body("items[1].by", equalTo("system:kpi-service"))
                .body("items[1].reason", equalTo("Event milestone.missed " + missedEvent + " from /agreement-service"));
    }

    @Test
    void aMissedMilestoneCompletedLaterStaysNotOnTime() {
        UUID partner = knownPartner("Late Completion Pharma");
        UUID milestone = UUID.randomUUID();
        completed(UUID.randomUUID(), partner, JULY_10, JULY_10).send();
        missed(milestone, partner, JULY_20).send();
        awaitRate(partner, "50.00", "RED"); // read against the shipped portfolio default
        completed(milestone, partner, JULY_20, JULY_25).send();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM milestone_outcome WHERE milestone_id = '" + milestone + "' AND outcome = 'LATE'")
                == 1);
        given().auth().oauth2(viewer()).get("/measurements?kpiCode=" + KPI + "&partnerId=" + partner).then()
                .body("items", hasSize(1)).body("items[0].value", equalTo(50.0f));
    }

    @Test
    void anEventAboutAPartnerNotYetKnownIsAppliedAgainstAPlaceholder() {
        UUID partner = UUID.randomUUID();
        missed(UUID.randomUUID(), partner, JULY_10).send();
        awaitRate(partner, "0.00", "RED"); // read against the shipped portfolio default
        assertThat(count("SELECT count(*) FROM known_partner WHERE id = '" + partner + "' AND legal_name IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE outcome = 'APPLIED' AND ce_subject IS NOT NULL "
                + "AND topic = 'agreement.milestones.v1'")).isPositive();
    }

    @Test
    void aMalformedMilestoneEventIsDeadLetteredWithItsReasonAndTheConsumerGoesOn() {
        UUID partner = knownPartner("Dead Letter Devices");
        UUID milestone = UUID.randomUUID();
        try (TopicRecorder dlq = TopicRecorder.of("agreement.milestones.v1.kpi-service.dlq")) {
            // no partnerId: the payload does not fit this service's own record of milestone.missed
            EventExample malformed = missed(milestone, partner, LocalDate.of(2026, 7, 1)).without("partnerId");
            malformed.send();
            completed(UUID.randomUUID(), partner, JULY_10, JULY_10).send();
            awaitRate(partner, "100.00", "GREEN"); // read against the shipped portfolio default
            await().atMost(Duration.ofSeconds(30)).until(() -> !dlq.matching(r ->
                    malformed.key().equals(r.key())).isEmpty());
            var dead = dlq.matching(r -> malformed.key().equals(r.key())).get(0);
            assertThat(TopicRecorder.header(dead, "dead-letter-reason")).contains("partnerId");
        }
        assertThat(count("SELECT count(*) FROM milestone_outcome WHERE milestone_id = '" + milestone + "'")).isZero();
    }

    @Test
    void milestoneEventsThatDoNotMoveTheRateAreRecordedAsSkipped() {
        UUID milestone = UUID.randomUUID();
        String dueSoon = AgreementEvents.milestone("milestone.due-soon", milestone, UUID.randomUUID(), JULY_25)
                .with("daysLeft", 5).send();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '"
                + dueSoon + "' AND outcome = 'SKIPPED_UNKNOWN_TYPE'") == 1);
        assertThat(count("SELECT count(*) FROM milestone_outcome WHERE milestone_id = '" + milestone + "'")).isZero();
    }

    private static void awaitRate(UUID partner, String value, String rag) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var page = given().auth().oauth2(viewer())
                    .get("/measurements?kpiCode=" + KPI + "&partnerId=" + partner).then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].period", equalTo("2026-07"))
                    .extract().jsonPath();
            assertThat(new java.math.BigDecimal(page.getString("items[0].value"))).isEqualByComparingTo(value);
            assertThat(page.getString("items[0].rag")).isEqualTo(rag);
        });
    }

    private static String measurementId(UUID partner) {
        return given().auth().oauth2(viewer()).get("/measurements?kpiCode=" + KPI + "&partnerId=" + partner)
                .then().extract().path("items[0].id");
    }
}
