package com.partnershipgovernance.agreement.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.agreement.TestClock;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.MILESTONE_TOPIC;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.complete;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.milestone;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.plan;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.draftSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedMsa;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class MilestoneAnnouncementsTest {

    private static final String DUE_SOON = "com.partnershipgovernance.milestone.due-soon.v1";
    private static final String MISSED = "com.partnershipgovernance.milestone.missed.v1";
    private static final String COMPLETED = "com.partnershipgovernance.milestone.completed.v1";

    @Inject
    MilestoneJob job;

    private TopicRecorder milestoneEvents;

    @BeforeEach
    void recordEvents() {
        milestoneEvents = TopicRecorder.of(MILESTONE_TOPIC);
    }

    @AfterEach
    void stopRecording() {
        TestClock.reset();
        milestoneEvents.close();
    }

    @Test
    void theJobAnnouncesDueSoonAndMissedMilestonesOnceEachCountingMissesPerSow() throws Exception {
        UUID partner = partner("Deadline Biologics", "QUALIFIED");
        String sow = executedSow(partner, "CLINICAL");
        LocalDate today = LocalDate.now();
        String overdue = plan(sow, milestone("Protocol final", today.minusDays(2), false));
        String soon = plan(sow, milestone("First site initiated", today.plusDays(5), false));
        String far = plan(sow, milestone("First patient in", today.plusDays(30), false));
        String done = plan(sow, milestone("Feasibility report", today.minusDays(1), false));
        complete(done, today).statusCode(200);
        String marker = plan(sow, milestone("Marker", today.plusDays(300), false));
        // milestones of a draft SOW are not announced: no deadline runs before execution
        String draft = draftSow(sow(executedMsa(partner), "CLINICAL"));
        String planned = plan(draft, milestone("Draft plan item", today.minusDays(3), false));

        job.announce();
        job.announce();
        given().auth().oauth2(viewer()).get("/milestones/" + overdue).then().body("missed", equalTo(true));

        TestClock.shift(Duration.ofDays(6)); // 'soon' is now a day overdue, 'far' 24 days ahead
        job.announce();
        TestClock.shift(Duration.ofDays(20)); // 'far' is now 10 days ahead, inside the 14-day window
        job.announce();
        job.announce();
        TestClock.reset();
        // the marker's completion is keyed by the same SOW, so it arrives after every announcement before it
        complete(marker, today).statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !of(sow, COMPLETED, marker).isEmpty());

        assertThat(of(sow, MISSED, overdue)).hasSize(1);
        JsonNode missed = payload(of(sow, MISSED, overdue).get(0));
        assertThat(MilestoneTest.fields(missed)).containsExactly("milestoneId", "sowId", "msaId", "partnerId",
                "sowKind", "name", "dueDate", "daysOverdue", "missCountForSow");
        assertThat(missed.get("daysOverdue").asLong()).isEqualTo(2);
        assertThat(missed.get("missCountForSow").asLong()).isEqualTo(1);
        assertThat(missed.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(missed.get("sowKind").asText()).isEqualTo("CLINICAL");
        assertThat(missed.get("dueDate").asText()).isEqualTo(today.minusDays(2).toString());
        ConsumerRecord<String, String> record = of(sow, MISSED, overdue).get(0);
        assertThat(record.key()).isEqualTo(sow);
        assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(sow);
        assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/agreement-service");
        assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");

        assertThat(of(sow, DUE_SOON, soon)).hasSize(1);
        JsonNode dueSoon = payload(of(sow, DUE_SOON, soon).get(0));
        assertThat(MilestoneTest.fields(dueSoon)).containsExactly("milestoneId", "sowId", "msaId", "partnerId",
                "sowKind", "name", "dueDate", "daysLeft");
        assertThat(dueSoon.get("daysLeft").asLong()).isEqualTo(5);
        assertThat(dueSoon.get("name").asText()).isEqualTo("First site initiated");
        assertThat(of(sow, MISSED, soon)).hasSize(1);
        JsonNode secondMiss = payload(of(sow, MISSED, soon).get(0));
        assertThat(secondMiss.get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(secondMiss.get("missCountForSow").asLong()).isEqualTo(2);

        assertThat(of(sow, DUE_SOON, far)).hasSize(1);
        assertThat(payload(of(sow, DUE_SOON, far).get(0)).get("daysLeft").asLong()).isEqualTo(10);
        assertThat(of(sow, MISSED, far)).isEmpty();
        assertThat(of(sow, MISSED, done)).isEmpty();
        assertThat(of(sow, DUE_SOON, done)).isEmpty();
        assertThat(milestoneEvents.matching(r -> draft.equals(r.key()))).isEmpty();
        assertThat(planned).isNotBlank();
    }

    @Test
    void whileAnotherReplicaRunsTheJobThisOneAnnouncesNothing() throws Exception {
        String sow = executedSow(partner("Two Replica Milestones", "QUALIFIED"), "OTHER");
        String overdue = plan(sow, milestone("Kick-off", LocalDate.now().minusDays(1), false));
        try (Connection other = TestInfrastructure.get().postgres().superuserConnection("agreement");
             Statement s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtext('job:milestone-announcements'))");
            assertThat(job.announce()).isEqualTo(new MilestoneAnnouncements.Announced(0, 0));
            s.execute("SELECT pg_advisory_unlock(hashtext('job:milestone-announcements'))");
        }
        assertThat(job.announce().missed()).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> of(sow, MISSED, overdue).size() == 1);
    }

    private List<ConsumerRecord<String, String>> of(String sow, String type, String milestoneId) {
        return milestoneEvents.matching(r -> sow.equals(r.key()) && type.equals(TopicRecorder.header(r, "ce_type"))
                && r.value().contains("\"milestoneId\":\"" + milestoneId + "\""));
    }

    private static JsonNode payload(ConsumerRecord<String, String> record) throws Exception {
        return new ObjectMapper().readTree(record.value());
    }
}
