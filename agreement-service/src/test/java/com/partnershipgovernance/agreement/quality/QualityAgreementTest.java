package com.partnershipgovernance.agreement.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipgovernance.agreement.lifecycle.RecordsAgreementEvents;
import com.partnershipgovernance.agreement.AgreementTestSupport.TwoPartners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.fieldsOf;
import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.moves;
import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.payloadOf;
import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.draftQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.executeQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.moveQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.quality;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.qualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.qualityAgreementEtag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QualityAgreementTest extends RecordsAgreementEvents {

    @Test
    void templateOffersEveryAreaAndTheUsualTimelines() {
        given().auth().oauth2(viewer()).get("/quality-agreements/template").then().statusCode(200)
                .body("responsibilities.size()", equalTo(14))
                .body("responsibilities.BATCH_RELEASE_QP_CERTIFICATION", equalTo("SPONSOR"))
                .body("responsibilities.CHANGE_CONTROL", equalTo("SHARED"))
                .body("notificationTimelines.criticalHours", equalTo(24))
                .body("notificationTimelines.majorHours", equalTo(120))
                .body("auditRights.forCauseAudits", equalTo(true));
    }

    @Test
    void qualityAgreementIsDraftedFromTheTemplateSignedByQualityExecutedAmendedComparedAndPublished()
            throws Exception {
        UUID partner = partner("Aurora Sterile Fill GmbH", "CONDITIONALLY_APPROVED");
        Map<String, Object> body = qualityAgreement(partner);
        body.put("responsibilities", Map.of("COMPLAINTS", "PARTNER"));
        String id = given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body)
                .post("/quality-agreements").then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("responsibilities.COMPLAINTS", equalTo("PARTNER"))
                .body("responsibilities.RECALLS", equalTo("SPONSOR"))
                .body("notificationTimelines.minorHours", equalTo(720))
                .body("auditRights.routineIntervalMonths", equalTo(24))
                .extract().path("id");

        // quality owns quality agreements: legal neither moves nor signs them
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}").post("/quality-agreements/" + id + "/status")
                .then().statusCode(403);
        executeQualityAgreement(id);
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then().statusCode(200)
                .body("status", equalTo("EXECUTED")).body("inForceVersion", equalTo(1));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id + "/versions/1").then().statusCode(200)
                .body("statusChanges.to", contains("IN_REVIEW", "APPROVED", "EXECUTED"))
                .body("statusChanges[1].signature.signerId", equalTo("u-quality"))
                .body("statusChanges[1].signature.meaning", equalTo("APPROVAL"))
                .body("statusChanges[1].signature.matchesRecord", equalTo(true))
                .body("statusChanges[2].signature.meaning", equalTo("RESPONSIBILITY"));

        // amendment: change control moves to the sponsor, critical deviations within 12 hours
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", qualityAgreementEtag(id))
                .body("{\"reason\":\"Sponsor takes over change control\"}")
                .post("/quality-agreements/" + id + "/amendments").then().statusCode(201)
                .header("Location", containsString("/quality-agreements/" + id + "/versions/2"))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT")).body("inForceVersion", equalTo(1));
        body.put("responsibilities", Map.of("COMPLAINTS", "PARTNER", "CHANGE_CONTROL", "SPONSOR"));
        body.put("notificationTimelines", Map.of("criticalHours", 12, "majorHours", 120, "minorHours", 720));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", qualityAgreementEtag(id))
                .body(body).put("/quality-agreements/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", qualityAgreementEtag(id))
                .header("X-Change-Reason", "Change control with the sponsor").body(body)
                .put("/quality-agreements/" + id).then().statusCode(200)
                .body("responsibilities.CHANGE_CONTROL", equalTo("SPONSOR"));
        executeQualityAgreement(id);

        given().auth().oauth2(viewer()).get("/quality-agreements/" + id + "/versions").then().statusCode(200)
                .body("items.status", contains("SUPERSEDED", "EXECUTED"));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id + "/versions/1/compare/2").then()
                .statusCode(200)
                .body("changes.field", contains("responsibilities.CHANGE_CONTROL",
                        "notificationTimelines.criticalHours"))
                .body("changes[0].from", equalTo("SHARED")).body("changes[0].to", equalTo("SPONSOR"))
                .body("changes[1].from", equalTo(24)).body("changes[1].to", equalTo(12));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id + "/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATED"))
                .body("items.reason", hasItem("Change control with the sponsor"))
                .body("items.changes.flatten().field", hasItem("versions[2].responsibilities"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 7);
        List<ConsumerRecord<String, String>> events = events(id);
        assertThat(moves(events)).containsExactly("1:IN_REVIEW", "1:APPROVED", "1:EXECUTED", "2:IN_REVIEW", "2:APPROVED",
                "1:SUPERSEDED", "2:EXECUTED");
        ConsumerRecord<String, String> executed = events.get(2);
        JsonNode payload = payloadOf(executed, id);
        assertThat(fieldsOf(payload)).containsExactly("agreementId", "kind", "version", "partnerId", "msaId", "sowKind", "from",
                "to", "reason", "effectiveOn", "expiresOn");
        assertThat(payload.get("kind").asText()).isEqualTo("QUALITY_AGREEMENT");
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(payload.get("msaId").isNull()).isTrue();
        assertThat(payload.get("from").asText()).isEqualTo("APPROVED");
        assertThat(payload.get("to").asText()).isEqualTo("EXECUTED");
        assertThat(payload.get("reason").asText()).isEqualTo("Signed by both quality units");
        assertThat(payload.get("effectiveOn").asText()).isEqualTo(LocalDate.now().minusDays(60).toString());
        assertThat(payload.get("expiresOn").asText()).isEqualTo(LocalDate.now().plusYears(3).toString());
    }

    @Test
    void executionWithAnUnapprovedPartnerIsRefusedNamingTheStatus() {
        String id = draftQualityAgreement(qualityAgreement(partner("Pending Labs", "UNDER_EVALUATION")));
        moveQualityAgreement(id, "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", quality()).statusCode(200);
        moveQualityAgreement(id, "{\"to\":\"APPROVED\",\"reason\":\"Agreed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                quality()).statusCode(200);
        moveQualityAgreement(id, "{\"to\":\"EXECUTED\",\"reason\":\"Sign\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                quality()).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("partner.qualificationStatus"))
                .body("detail", containsString("UNDER_EVALUATION"));
        moveQualityAgreement(id, "{\"to\":\"DRAFT\",\"reason\":\"Back\"}", quality()).statusCode(409);
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void anUnassignedAreaIsRefusedNamingTheAreaAndNothingIsStored() {
        UUID partner = partner("Matrix Gap Pharma", "QUALIFIED");
        Map<String, Object> body = qualityAgreement(partner);
        body.remove("fromTemplate");
        body.put("auditRights", Map.of("routineIntervalMonths", 12, "noticeDays", 14, "forCauseAudits", true));
        body.put("notificationTimelines", Map.of("criticalHours", 24, "majorHours", 120, "minorHours", 720));
        body.put("responsibilities", Map.ofEntries(Map.entry("DOCUMENTATION", "PARTNER"),
                Map.entry("CHANGE_CONTROL", "SHARED"), Map.entry("DEVIATIONS", "PARTNER")));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body).post("/quality-agreements").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("responsibilities.OOS_INVESTIGATIONS"));

        Map<String, Object> unknownArea = qualityAgreement(partner);
        unknownArea.put("responsibilities", Map.of("MARKETING", "SPONSOR"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(unknownArea).post("/quality-agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("responsibilities.MARKETING"));
        Map<String, Object> unknownParty = qualityAgreement(partner);
        unknownParty.put("responsibilities", Map.of("RECALLS", "NOBODY"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(unknownParty).post("/quality-agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("responsibilities.RECALLS"));
        Map<String, Object> datesReversed = qualityAgreement(partner);
        datesReversed.put("expiresOn", LocalDate.now().minusYears(1).toString());
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(datesReversed).post("/quality-agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresOn"));
        Map<String, Object> timelines = qualityAgreement(partner);
        timelines.put("notificationTimelines", Map.of("criticalHours", 240, "majorHours", 120, "minorHours", 720));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(timelines).post("/quality-agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("notificationTimelines.majorHours"));
        Map<String, Object> unknownPartner = qualityAgreement(UUID.randomUUID());
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(unknownPartner).post("/quality-agreements")
                .then().statusCode(422).body("errors[0].field", equalTo("partnerId"));

        assertThat(count("SELECT count(*) FROM quality_agreement WHERE partner_id = '" + partner + "'")).isZero();
    }

    @Test
    void aPartnerUserReadsOnlyTheirOwnQualityAgreementsAndWritesNone() {
        TwoPartners partners = TwoPartners.withAgreements("Biotech", p -> draftQualityAgreement(qualityAgreement(p)));
        partners.assertPartnerUserConfined("/quality-agreements");
        UUID own = partners.own();
        String token = partners.token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(qualityAgreement(own))
                .post("/quality-agreements").then().statusCode(403);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(qualityAgreement(own))
                .post("/quality-agreements").then().statusCode(403);
    }

    @Test
    void anExecutedQualityAgreementPastItsReviewDateIsListedAsOverdue() {
        UUID partner = partner("Review Due Biologics", "QUALIFIED");
        Map<String, Object> body = qualityAgreement(partner);
        body.put("reviewOn", LocalDate.now().minusDays(1).toString());
        String id = draftQualityAgreement(body);
        executeQualityAgreement(id);
        given().auth().oauth2(viewer()).get("/agreements/reviews-overdue?size=500").then().statusCode(200)
                .body("items.findAll { it.agreementId == '" + id + "' }.kind", contains("QUALITY_AGREEMENT"));
        given().auth().oauth2(partnerUser(partner)).get("/agreements/reviews-overdue?size=500").then()
                .statusCode(200).body("items.agreementId", contains(id));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then().body("reviewFlag", nullValue());
    }

    private List<ConsumerRecord<String, String>> events(String id) {
        return agreementEvents.matching(r -> id.equals(r.key()));
    }
}
