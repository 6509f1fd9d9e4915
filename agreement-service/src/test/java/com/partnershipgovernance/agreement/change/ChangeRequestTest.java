package com.partnershipgovernance.agreement.change;

import com.partnershipgovernance.agreement.sow.SowTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.draftQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.executeQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.quality;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.qualityAgreement;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ChangeRequestTest {

    private TopicRecorder agreementEvents;

    @BeforeEach
    void recordEvents() {
        agreementEvents = TopicRecorder.of("agreement.events.v1");
    }

    @AfterEach
    void stopRecording() {
        agreementEvents.close();
    }

    @Test
    void aPartnerProposesASharedChangeBothPartiesApproveQualityImplementsAndClosesAndEachMoveIsPublished()
            throws Exception {
        UUID partner = partner("Shared Change Control GmbH", "QUALIFIED");
        String qa = draftQualityAgreement(qualityAgreement(partner));
        executeQualityAgreement(qa);

        String id = given().auth().oauth2(partnerUser(partner)).contentType(ContentType.JSON)
                .body(changeRequest(UUID.randomUUID(), "QUALITY_AGREEMENT", qa)).post("/change-requests").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("partnerId", equalTo(partner.toString())).body("status", equalTo("PROPOSED"))
                .body("changeControl", equalTo("SHARED"))
                .body("requiredApprovals", containsInAnyOrder("SPONSOR", "PARTNER"))
                .body("impact.regulatory", equalTo("Type II variation"))
                .extract().path("id");

        decide(id, "SPONSOR", "APPROVED", partnerUser(partner)).statusCode(403);
        decide(id, "PARTNER", "APPROVED", partnerUser(partner("Stranger Pharma", "QUALIFIED"))).statusCode(404);
        decide(id, "SPONSOR", "APPROVED", quality()).statusCode(200).body("status", equalTo("PROPOSED"))
                .body("decisions[0].party", equalTo("SPONSOR")).body("decisions[0].decidedBy", equalTo("u-quality"));
        move(id, "IMPLEMENTED", quality()).statusCode(409);
        decide(id, "PARTNER", "APPROVED", partnerUser(partner)).statusCode(200).body("status", equalTo("APPROVED"))
                .body("decisions.party", contains("SPONSOR", "PARTNER"));
        move(id, "IMPLEMENTED", partnerUser(partner)).statusCode(403);
        move(id, "IMPLEMENTED", quality()).statusCode(200).body("status", equalTo("IMPLEMENTED"));
        move(id, "CLOSED", quality()).statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(viewer()).get("/change-requests/" + id + "/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 4);
        List<ConsumerRecord<String, String>> events = events(id);
        List<String> moves = new ArrayList<>();
        for (ConsumerRecord<String, String> e : events) {
            JsonNode p = new ObjectMapper().readTree(e.value());
            moves.add(p.get("from").asText(null) + "->" + p.get("to").asText());
            assertThat(e.key()).isEqualTo(id);
            assertThat(TopicRecorder.header(e, "ce_type"))
                    .isEqualTo("com.partnershipgovernance.change-request.status-changed.v1");
            assertThat(TopicRecorder.header(e, "ce_subject")).isEqualTo(id);
            assertThat(TopicRecorder.header(e, "ce_source")).isEqualTo("/agreement-service");
            assertThat(TopicRecorder.header(e, "ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(TopicRecorder.header(e, "ce_id"))).isNotNull();
            assertThat(Instant.parse(TopicRecorder.header(e, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        }
        assertThat(moves).containsExactly("null->PROPOSED", "PROPOSED->APPROVED", "APPROVED->IMPLEMENTED",
                "IMPLEMENTED->CLOSED");
        JsonNode approved = new ObjectMapper().readTree(events.get(1).value());
        List<String> fields = new ArrayList<>();
        approved.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("changeRequestId", "partnerId", "agreementId", "from", "to");
        assertThat(approved.get("changeRequestId").asText()).isEqualTo(id);
        assertThat(approved.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(approved.get("agreementId").asText()).isEqualTo(qa);
    }

    @Test
    void whenTheSponsorOwnsChangeControlOnlyItsQualityUnitDecidesAndARejectionEndsTheChange() {
        UUID partner = partner("Sponsor Controlled Ltd", "QUALIFIED");
        Map<String, Object> body = qualityAgreement(partner);
        body.put("responsibilities", Map.of("CHANGE_CONTROL", "SPONSOR"));
        String qa = draftQualityAgreement(body);
        executeQualityAgreement(qa);
        String id = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(changeRequest(partner, "QUALITY_AGREEMENT", qa)).post("/change-requests").then()
                .statusCode(201).body("requiredApprovals", contains("SPONSOR")).extract().path("id");

        decide(id, "PARTNER", "APPROVED", partnerUser(partner)).statusCode(422)
                .body("errors[0].field", equalTo("party"));
        decide(id, "SPONSOR", "REJECTED", quality()).statusCode(200).body("status", equalTo("REJECTED"));
        move(id, "IMPLEMENTED", quality()).statusCode(409);
    }

    @Test
    void withoutAQualityAgreementTheSponsorDecidesAndBadProposalsAreRefusedNamingTheField() {
        UUID partner = partner("No QA Yet Biotech", "QUALIFIED");
        String msaId = draft(msa(partner));
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(changeRequest(partner, "MSA", msaId)).post("/change-requests").then().statusCode(201)
                .body("changeControl", nullValue()).body("requiredApprovals", contains("SPONSOR"));

        UUID other = partner("Someone Else Pharma", "QUALIFIED");
        String othersMsa = draft(msa(other));
        report(changeRequest(partner, "MSA", othersMsa), quality()).statusCode(422)
                .body("errors[0].field", equalTo("agreementId"));
        report(changeRequest(partner, "QUALITY_AGREEMENT", msaId), quality()).statusCode(422)
                .body("errors[0].field", equalTo("agreementId"));
        report(changeRequest(partner, "CONTRACT", msaId), quality()).statusCode(400)
                .body("errors[0].field", equalTo("agreementKind"));
        Map<String, Object> noImpact = changeRequest(partner, "MSA", msaId);
        noImpact.remove("impact");
        report(noImpact, quality()).statusCode(400).body("errors[0].field", equalTo("impact"));
        report(changeRequest(UUID.randomUUID(), "MSA", msaId), quality()).statusCode(422)
                .body("errors[0].field", equalTo("partnerId"));
        report(changeRequest(partner, "MSA", msaId), legal()).statusCode(403);
        assertThat(count("SELECT count(*) FROM change_request WHERE partner_id = '" + partner + "'")).isEqualTo(1);

        // a SOW must be one of the partner's
        report(changeRequest(partner, "SOW", UUID.randomUUID().toString()), quality()).statusCode(422)
                .body("errors[0].field", equalTo("agreementId"));
        String sow = SowTestSupport.draftSow(SowTestSupport.sow(SowTestSupport.executedMsa(partner), "CLINICAL"));
        report(changeRequest(partner, "SOW", sow), quality()).statusCode(201);
        List<String> partners = given().auth().oauth2(partnerUser(partner)).get("/change-requests?size=500").then()
                .statusCode(200).extract().path("items.partnerId");
        assertThat(partners).hasSize(2).containsOnly(partner.toString());
    }

    private static Map<String, Object> changeRequest(UUID partner, String kind, String agreementId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partner.toString());
        body.put("agreementKind", kind);
        body.put("agreementId", agreementId);
        body.put("title", "Second filling line");
        body.put("description", "Qualify filling line 2 for drug product");
        body.put("reason", "Capacity for the commercial launch");
        body.put("impact", new LinkedHashMap<>(Map.of("quality", "PPQ on three batches", "regulatory",
                "Type II variation", "timeline", "4 months", "cost", "EUR 350,000")));
        return body;
    }

    private static ValidatableResponse report(Map<String, Object> body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/change-requests").then();
    }

    private static ValidatableResponse decide(String id, String party, String decision, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"party\":\"" + party + "\",\"decision\":\"" + decision + "\",\"comment\":\"Reviewed\"}")
                .post("/change-requests/" + id + "/decisions").then();
    }

    private static ValidatableResponse move(String id, String to, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"to\":\"" + to + "\",\"reason\":\"Done\"}").post("/change-requests/" + id + "/status").then();
    }

    private static String etag(String id) {
        return given().auth().oauth2(viewer()).get("/change-requests/" + id).then().statusCode(200).extract()
                .header("ETag");
    }

    private List<ConsumerRecord<String, String>> events(String id) {
        return agreementEvents.matching(r -> id.equals(r.key()));
    }
}
