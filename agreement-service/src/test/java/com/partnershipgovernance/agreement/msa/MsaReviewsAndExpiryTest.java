package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.ExpiresAgreements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.agreement.TestClock;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.clearReviewFlag;
import static com.partnershipgovernance.agreement.AgreementTestSupport.awaitFlaggedForReview;
import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.etag;
import static com.partnershipgovernance.agreement.AgreementTestSupport.execute;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.move;
import static com.partnershipgovernance.agreement.AgreementTestSupport.moveQualification;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MsaReviewsAndExpiryTest extends ExpiresAgreements {

    @Test
    void expiryJobExpiresExecutedMsasTheDayAfterTheirExpiryDateOnceAndAnnouncesIt() throws Exception {
        UUID partner = partner("Expiring Biologics", "QUALIFIED");
        LocalDate today = LocalDate.now();
        Map<String, Object> shortTerm = msa(partner);
        shortTerm.put("effectiveOn", today.minusDays(30).toString());
        shortTerm.put("expiresOn", today.plusDays(20).toString());
        String expiring = draft(shortTerm);
        String lasting = draft(msa(partner));
        execute(expiring);
        execute(lasting);

        expiryJob.expireDue();
        status(expiring, "EXECUTED");
        runExpiryAround(20, () -> status(expiring, "EXECUTED")); // the expiry date itself is still in force

        status(expiring, "EXPIRED");
        status(lasting, "EXECUTED");
        given().auth().oauth2(viewer()).get("/msas/" + expiring + "/versions/1").then()
                .body("statusChanges[3].from", equalTo("EXECUTED"))
                .body("statusChanges[3].to", equalTo("EXPIRED"))
                .body("statusChanges[3].changedBy", equalTo("system:agreement-service"))
                .body("statusChanges[3].reason", equalTo("Expiry date " + today.plusDays(20) + " passed"))
                .body("statusChanges[3].signature", nullValue());
        assertThat(count("SELECT count(*) FROM agreement_status_change WHERE agreement_id = '" + expiring
                + "' AND to_status = 'EXPIRED'")).isEqualTo(1);
        given().auth().oauth2(viewer()).get("/msas/" + expiring + "/history").then().statusCode(200)
                .body("items[-1].by", equalTo("system:agreement-service"))
                .body("items[-1].reason", containsString("Expiry job"))
                .body("items[-1].changes.field", hasItem("versions[1].status"));

        await().atMost(Duration.ofSeconds(20)).until(() -> expired(expiring).size() == 1);
        ConsumerRecord<String, String> event = expired(expiring).get(0);
        assertThat(event.key()).isEqualTo(expiring);
        assertThat(TopicRecorder.header(event, "ce_subject")).isEqualTo(expiring);
        JsonNode payload = new ObjectMapper().readTree(event.value());
        assertThat(payload.get("from").asText()).isEqualTo("EXECUTED");
        assertThat(payload.get("expiresOn").asText()).isEqualTo(today.plusDays(20).toString());
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(expired(lasting)).isEmpty();
    }

    @Test
    void whileAnotherReplicaRunsTheExpiryJobThisOneExpiresNothing() throws Exception {
        UUID partner = partner("Two Replica Pharma", "QUALIFIED");
        Map<String, Object> shortTerm = msa(partner);
        shortTerm.put("effectiveOn", LocalDate.now().minusDays(30).toString());
        shortTerm.put("expiresOn", LocalDate.now().plusDays(3).toString());
        String id = draft(shortTerm);
        execute(id);
        TestClock.shift(Duration.ofDays(4));
        try (Connection other = TestInfrastructure.get().postgres().superuserConnection("agreement");
             Statement s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtext('job:agreement-expiry'))");
            assertThat(expiryJob.expireDue()).isZero();
            status(id, "EXECUTED");
            s.execute("SELECT pg_advisory_unlock(hashtext('job:agreement-expiry'))");
        }
        assertThat(expiryJob.expireDue()).isPositive();
        TestClock.reset();
        status(id, "EXPIRED");
    }

    @Test
    void reviewsOverdueAndDueSoonListInForceAgreementsWithTheirDays() {
        UUID partner = partner("Review Dates Ltd", "QUALIFIED");
        LocalDate today = LocalDate.now();
        String overdue = executedWithReviewOn(partner, today.minusDays(5));
        String dueSoon = executedWithReviewOn(partner, today.plusDays(10));
        Map<String, Object> draftBody = msa(partner);
        draftBody.put("effectiveOn", today.minusDays(400).toString());
        draftBody.put("reviewOn", today.minusDays(5).toString());
        String draftOnly = draft(draftBody);

        List<Map<String, Object>> overdueItems = given().auth().oauth2(viewer())
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(ids(overdueItems)).contains(overdue).doesNotContain(dueSoon, draftOnly);
        Map<String, Object> item = byId(overdueItems, overdue);
        assertThat(item).containsEntry("kind", "MSA").containsEntry("status", "EXECUTED")
                .containsEntry("version", 1).containsEntry("partnerId", partner.toString())
                .containsEntry("reviewOn", today.minusDays(5).toString()).containsEntry("daysOverdue", 5)
                .containsEntry("flaggedForReview", false);

        List<Map<String, Object>> soonItems = given().auth().oauth2(viewer())
                .get("/agreements/reviews-due-soon?withinDays=30&size=500").then().statusCode(200).extract()
                .path("items");
        assertThat(ids(soonItems)).contains(dueSoon).doesNotContain(overdue, draftOnly);
        assertThat(byId(soonItems, dueSoon)).containsEntry("daysOverdue", -10);
        List<Map<String, Object>> withinAWeek = given().auth().oauth2(viewer())
                .get("/agreements/reviews-due-soon?withinDays=7&size=500").then().statusCode(200).extract()
                .path("items");
        assertThat(ids(withinAWeek)).doesNotContain(dueSoon);

        String stranger = partnerUser(UUID.randomUUID());
        List<Map<String, Object>> strangers = given().auth().oauth2(stranger)
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(ids(strangers)).doesNotContain(overdue);
        List<Map<String, Object>> own = given().auth().oauth2(partnerUser(partner))
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(ids(own)).containsExactly(overdue);
        given().auth().oauth2(viewer()).get("/agreements/reviews-due-soon?withinDays=-1").then().statusCode(400);
    }

    @Test
    void aSuspendedPartnerFlagsItsExecutedMsasForReviewUntilLegalClearsTheFlag() {
        UUID partner = partner("Suspended Partner Biologics", "QUALIFIED");
        String executed = draft(msa(partner));
        execute(executed);
        String drafted = draft(msa(partner));
        String approved = draft(msa(partner));
        move(approved, etag(approved), "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(200);
        move(approved, etag(approved), "{\"to\":\"APPROVED\",\"reason\":\"Agreed\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", legal()).statusCode(200);

        moveQualification(partner, "QUALIFIED", "SUSPENDED", "Critical audit findings");

        awaitFlaggedForReview("/msas/" + executed, "Critical audit findings");
        given().auth().oauth2(viewer()).get("/msas/" + drafted).then().body("flaggedForReview", equalTo(false))
                .body("reviewFlag", nullValue());
        List<Map<String, Object>> overdue = given().auth().oauth2(viewer())
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(byId(overdue, executed)).containsEntry("flaggedForReview", true)
                .containsEntry("reviewFlagReason", "Partner became SUSPENDED: Critical audit findings");
        given().auth().oauth2(viewer()).get("/msas?flaggedForReview=true&partnerId=" + partner).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(executed));
        // the suspended partner's approved MSA is not executed
        move(approved, etag(approved), "{\"to\":\"EXECUTED\",\"reason\":\"Sign\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", legal()).statusCode(422)
                .body("detail", containsString("SUSPENDED"));
        given().auth().oauth2(viewer()).get("/msas/" + executed + "/history").then()
                .body("items.by", hasItem("system:agreement-service"))
                .body("items.changes.flatten().field", hasItem("reviewFlag"));

        given().auth().oauth2(legal()).header("If-Match", etag(executed)).delete("/msas/" + executed + "/review-flag")
                .then().statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        clearReviewFlag("/msas/" + executed, etag(executed), viewer(), "Reviewed").statusCode(403);
        clearReviewFlag("/msas/" + executed, etag(executed), legal(),
                "Reviewed: partner CAPA plan accepted, agreement stays in force").statusCode(204);
        given().auth().oauth2(viewer()).get("/msas/" + executed).then().body("flaggedForReview", equalTo(false));
        clearReviewFlag("/msas/" + executed, etag(executed), legal(), "again").statusCode(409);
    }

    private static String executedWithReviewOn(UUID partner, LocalDate reviewOn) {
        Map<String, Object> body = msa(partner);
        body.put("effectiveOn", LocalDate.now().minusDays(400).toString());
        body.put("reviewOn", reviewOn.toString());
        String id = draft(body);
        execute(id);
        return id;
    }

    private static void status(String id, String status) {
        given().auth().oauth2(viewer()).get("/msas/" + id).then().statusCode(200).body("status", equalTo(status));
    }

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> i.get("agreementId")).toList();
    }

    private static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("agreementId"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    private List<ConsumerRecord<String, String>> expired(String agreementId) {
        return statusChanges(agreementId).stream().filter(r -> r.value().contains("\"to\":\"EXPIRED\"")).toList();
    }
}
