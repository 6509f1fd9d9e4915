package com.partnershipgovernance.partner.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.partner.RecordsPartnerEvents;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.partnershipgovernance.partner.audit.AuditApi.action;
import static com.partnershipgovernance.partner.audit.AuditApi.followUp;
import static com.partnershipgovernance.partner.audit.AuditApi.partnerUser;
import static com.partnershipgovernance.partner.audit.AuditApi.performed;
import static com.partnershipgovernance.partner.audit.AuditApi.plan;
import static com.partnershipgovernance.partner.audit.AuditApi.quality;
import static com.partnershipgovernance.partner.audit.AuditApi.raise;
import static com.partnershipgovernance.partner.audit.AuditApi.registerPartner;
import static com.partnershipgovernance.partner.audit.AuditApi.today;
import static com.partnershipgovernance.partner.audit.AuditApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** An audit planned, performed, its findings followed up, closed only once no critical or major one is open. */
@QuarkusTest
class SponsorAuditLifecycleTest extends RecordsPartnerEvents {

    private static final String AUDIT_CLOSED = "com.partnershipgovernance.partner.audit-closed.v1";
    private static final String QUALIFICATION_CHANGED = "com.partnershipgovernance.partner.qualification-changed.v1";

    @Test
    void auditClosesOnlyOnceItsMajorFindingIsClosedAndPublishesItsFindingCounts() throws Exception {
        String partner = registerPartner("Lifecycle Biologics AG");
        String audit = plan(partner, today().plusDays(7));
        given().auth().oauth2(viewer()).get("/audits/" + audit).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED")).body("partnerId", equalTo(partner))
                .body("auditors", equalTo(List.of("Sam Micro"))).body("leadAuditor", equalTo("Dana Quality"));

        // brought forward: performed before the planned date
        action(audit, "perform", "\"0\"", "{\"performedOn\":\"" + today().minusDays(2) + "\"}", quality())
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("PERFORMED")).body("performedOn", equalTo(today().minusDays(2).toString()));
        String major = raise(audit, "MAJOR", today().plusDays(30));
        String minor = raise(audit, "MINOR", today().plusDays(30));
        String observation = raise(audit, "OBSERVATION", null);
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings").then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2, 3)))
                .body("items.severity", equalTo(List.of("MAJOR", "MINOR", "OBSERVATION")))
                .body("items.status", equalTo(List.of("OPEN", "OPEN", "OPEN")));

        action(audit, "close", "\"1\"", "{\"reason\":\"report issued\"}", quality()).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("#1 MAJOR OPEN"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("findings"))
                .body("errors[0].message", containsString(major));
        assertStillPerformed(audit);

        // the partner answers; a response awaiting review still holds the audit open
        followUp(audit, major, "response", "\"0\"", "{\"response\":\"Root cause: SOP gap. CAPA: SOP revised.\"}",
                partnerUser(partner)).statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("RESPONSE_RECEIVED")).body("respondedBy", equalTo("p-pat"))
                .body("respondedByName", equalTo("Pat Partner"));
        action(audit, "close", "\"1\"", "{\"reason\":\"report issued\"}", quality()).statusCode(422)
                .body("detail", containsString("#1 MAJOR RESPONSE_RECEIVED"));
        assertStillPerformed(audit);

        followUp(audit, major, "close", "\"1\"", "{\"reason\":\"CAPA verified effective\"}", quality())
                .statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo(today().toString()))
                .body("closedBy", equalTo("u-quality")).body("sponsorNote", equalTo("CAPA verified effective"));
        given().auth().oauth2(viewer()).get("/audits/" + audit).then()
                .body("findings.major", equalTo(1)).body("findings.minor", equalTo(1))
                .body("findings.observation", equalTo(1)).body("findings.open", equalTo(2));

        action(audit, "close", "\"1\"", "{\"reason\":\"All major findings closed\"}", quality()).statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo(today().toString())).body("statusReason", equalTo("All major findings closed"));

        // a later event of the same partner: once it arrived, every earlier one has (one key, one order)
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\":\"UNDER_EVALUATION\",\"reason\":\"audit closed\"}")
                .post("/partners/" + partner + "/qualification").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !partnerEvents.matching(r -> partner.equals(r.key())
                && QUALIFICATION_CHANGED.equals(TopicRecorder.header(r, "ce_type"))).isEmpty());
        assertThat(closures(partner)).as("one closure, none for the refused attempts").hasSize(1);
        ConsumerRecord<String, String> event = closures(partner).get(0);
        assertThat(event.key()).isEqualTo(partner);
        JsonNode payload = new ObjectMapper().readTree(event.value());
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner);
        assertThat(payload.get("auditId").asText()).isEqualTo(audit);
        assertThat(payload.get("auditType").asText()).isEqualTo("ROUTINE");
        assertThat(payload.get("closedOn").asText()).isEqualTo(today().toString());
        assertThat(payload.get("findings").get("critical").asInt()).isZero();
        assertThat(payload.get("findings").get("major").asInt()).isEqualTo(1);
        assertThat(payload.get("findings").get("minor").asInt()).isEqualTo(1);
        assertThat(payload.get("findings").get("observation").asInt()).isEqualTo(1);
        assertThat(payload.get("findings").size()).isEqualTo(4);

        // minor findings and observations are still followed up after the audit closed
        followUp(audit, observation, "close", "\"0\"", "{\"reason\":\"Noted\"}", quality()).statusCode(200);
        followUp(audit, minor, "response", "\"0\"", "{\"response\":\"Labels reprinted\"}", partnerUser(partner))
                .statusCode(200);
        // but nothing new is raised on a closed audit
        raise(audit, "MINOR", today().plusDays(30), quality()).statusCode(409);
    }

    @Test
    void illegalMovesAre409AndChangeNothing() {
        String partner = registerPartner("Illegal Moves Pharma");
        String planned = plan(partner, today().plusDays(10));
        action(planned, "close", "\"0\"", "{\"reason\":\"skip it\"}", quality()).statusCode(409)
                .body("type", equalTo("https://partnershipgovernance.com/problems/illegal-transition"));
        raise(planned, "MINOR", today().plusDays(30), quality()).statusCode(409);
        given().auth().oauth2(viewer()).get("/audits/" + planned).then()
                .body("status", equalTo("PLANNED")).header("ETag", "\"0\"");

        String done = performed(partner, today());
        action(done, "perform", "\"1\"", "{\"performedOn\":\"" + today() + "\"}", quality()).statusCode(409);
        action(done, "cancel", "\"1\"", "{\"reason\":\"no longer needed\"}", quality()).statusCode(409);
        given().auth().oauth2(viewer()).get("/audits/" + done).then()
                .body("status", equalTo("PERFORMED")).header("ETag", "\"1\"");

        action(planned, "cancel", "\"0\"", "{\"reason\":\"Partner site closed for renovation\"}", quality())
                .statusCode(200).body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("Partner site closed for renovation"));
        action(planned, "perform", "\"1\"", "{\"performedOn\":\"" + today() + "\"}", quality()).statusCode(409);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .header("X-Change-Reason", "reschedule").body(AuditApi.auditBody("ROUTINE", today()))
                .put("/audits/" + planned).then().statusCode(409);
    }

    @Test
    void findingFollowUpMovesAreChecked() {
        String partner = registerPartner("Follow Up Labs");
        String audit = performed(partner, today());
        String critical = raise(audit, "CRITICAL", today().plusDays(15));

        // a critical finding cannot close without the partner's response
        followUp(audit, critical, "close", "\"0\"", "{\"reason\":\"fine\"}", quality()).statusCode(422);
        followUp(audit, critical, "reject-response", "\"0\"", "{\"reason\":\"none yet\"}", quality()).statusCode(409);
        // quality may enter a response received by other means
        followUp(audit, critical, "response", "\"0\"", "{\"response\":\"Batch quarantined\"}", quality())
                .statusCode(200).body("respondedBy", equalTo("u-quality"));
        followUp(audit, critical, "reject-response", "\"1\"", "{\"reason\":\"No root cause\",\"responseDueOn\":\""
                + today().plusDays(20) + "\"}", quality()).statusCode(200)
                .body("status", equalTo("OPEN")).body("sponsorNote", equalTo("No root cause"))
                .body("responseDueOn", equalTo(today().plusDays(20).toString()));
        followUp(audit, critical, "close", "\"2\"", "{\"reason\":\"fine\"}", quality()).statusCode(422);
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings/" + critical).then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("OPEN")).body("closedOn", nullValue());
    }

    private static void assertStillPerformed(String audit) {
        given().auth().oauth2(viewer()).get("/audits/" + audit).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("PERFORMED")).body("closedOn", nullValue())
                .body("statusReason", equalTo("Audit performed on " + today().minusDays(2)));
    }

    private List<ConsumerRecord<String, String>> closures(String partnerId) {
        return partnerEvents.matching(r -> partnerId.equals(r.key())
                && AUDIT_CLOSED.equals(TopicRecorder.header(r, "ce_type")));
    }
}
