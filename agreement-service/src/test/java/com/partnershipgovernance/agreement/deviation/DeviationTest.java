package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.sow.SowTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DeviationTest {

    private static final List<String> COMMON = List.of("deviationId", "partnerId", "sowId", "batchNumber",
            "externalRef", "category", "severity", "occurredOn", "reportedOn", "notifiedOnTime");

    private TopicRecorder deviationEvents;

    @BeforeEach
    void recordEvents() {
        deviationEvents = TopicRecorder.of("agreement.deviations.v1");
    }

    @AfterEach
    void stopRecording() {
        deviationEvents.close();
    }

    @Test
    void aPartnerReportsQualityClassifiesInvestigatesRunsCapaAndClosesWithASignatureAndEachStepIsPublished()
            throws Exception {
        UUID partner = partner("Aurora Sterile Fill AG", "QUALIFIED");
        executeQualityAgreement(draftQualityAgreement(qualityAgreement(partner)));
        LocalDate today = LocalDate.now();
        UUID sow = sowOf(partner);
        String ref = "QMS-" + UUID.randomUUID();
        Map<String, Object> body = deviation(UUID.randomUUID(), sow, ref);
        body.put("occurredOn", today.minusDays(3).toString());
        body.put("reportedOn", today.minusDays(1).toString());

        // a partner user reports for their own partner, whatever the body names; not yet classified
        String id = given().auth().oauth2(partnerUser(partner)).contentType(ContentType.JSON).body(body)
                .post("/deviations").then().statusCode(201).header("ETag", "\"0\"")
                .body("partnerId", equalTo(partner.toString())).body("status", equalTo("REPORTED"))
                .body("severity", nullValue()).body("notifiedOnTime", nullValue())
                .extract().path("id");
        given().auth().oauth2(viewer()).get("/deviations?externalRef=" + ref).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));

        // critical: 24 h, reported two days after it occurred -> late; reclassified major: 5 days -> on time
        classify(id, "CRITICAL", partnerUser(partner)).statusCode(403);
        classify(id, "CRITICAL", quality()).statusCode(200).body("notifiedOnTime", equalTo(false));
        classify(id, "CRITICAL", quality()).statusCode(409);
        classify(id, "MAJOR", quality()).statusCode(200).body("notifiedOnTime", equalTo(true));

        move(id, "{\"to\":\"UNDER_INVESTIGATION\",\"reason\":\"Investigation opened\"}", quality()).statusCode(200);
        move(id, "{\"to\":\"CLOSED\",\"reason\":\"Done\",\"signature\":{\"meaning\":\"APPROVAL\"}}", quality())
                .statusCode(422).body("errors[0].field", equalTo("rootCause"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"findings\":\"Column used beyond 500 injections\",\"rootCause\":\"No injection count\"}")
                .put("/deviations/" + id + "/investigation").then().statusCode(200)
                .body("rootCause", equalTo("No injection count"));
        String actionId = given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"description\":\"Count injections in LIMS\",\"owner\":\"Head of QC\",\"dueOn\":\""
                        + today.plusDays(30) + "\"}")
                .post("/deviations/" + id + "/capa-actions").then().statusCode(201)
                .body("capaActions[0].number", equalTo(1)).body("capaActions[0].open", equalTo(true))
                .extract().path("capaActions[0].id");
        move(id, "{\"to\":\"CAPA_IN_PROGRESS\",\"reason\":\"CAPA agreed\"}", quality()).statusCode(200);
        move(id, "{\"to\":\"CLOSED\",\"reason\":\"Done\",\"signature\":{\"meaning\":\"APPROVAL\"}}", quality())
                .statusCode(422).body("errors[0].field", equalTo("capaActions[1]"));
        check(id, actionId, false).statusCode(200).body("capaActions[0].open", equalTo(true))
                .body("capaActions[0].effective", equalTo(false));
        check(id, actionId, true).statusCode(200).body("capaActions[0].open", equalTo(false)).body("capaActions[0].closedOn", equalTo(today.toString()));

        move(id, "{\"to\":\"CLOSED\",\"reason\":\"Root cause fixed\"}", quality())
                .statusCode(400).body("errors[0].field", equalTo("signature.meaning"));
        String stale = TestInfrastructure.get().tokens().token("u-quality").roles("quality")
                .authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();
        move(id, "{\"to\":\"CLOSED\",\"reason\":\"Root cause fixed\",\"signature\":{\"meaning\":\"APPROVAL\"}}", stale)
                .statusCode(401);
        move(id, "{\"to\":\"CLOSED\",\"reason\":\"Root cause fixed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                quality()).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo(today.toString())).body("daysOpen", equalTo(1))
                .body("closureSignature.signerId", equalTo("u-quality"))
                .body("closureSignature.matchesRecord", equalTo(true));
        move(id, "{\"to\":\"UNDER_INVESTIGATION\",\"reason\":\"Reopen\"}", quality()).statusCode(409);
        given().auth().oauth2(viewer()).get("/deviations/" + id + "/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 4);
        List<ConsumerRecord<String, String>> events = events(id);
        assertThat(events).extracting(e -> TopicRecorder.header(e, "ce_type")).containsExactly(
                "com.partnershipgovernance.deviation.reported.v1", "com.partnershipgovernance.deviation.classified.v1",
                "com.partnershipgovernance.deviation.classified.v1", "com.partnershipgovernance.deviation.closed.v1");
        for (ConsumerRecord<String, String> e : events) {
            assertThat(e.key()).isEqualTo(id);
            assertThat(TopicRecorder.header(e, "ce_subject")).isEqualTo(id);
            assertThat(TopicRecorder.header(e, "ce_source")).isEqualTo("/agreement-service");
            assertThat(TopicRecorder.header(e, "ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(TopicRecorder.header(e, "ce_id"))).isNotNull();
            assertThat(Instant.parse(TopicRecorder.header(e, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        }
        JsonNode reported = json(events.get(0));
        assertThat(fieldNames(reported)).containsExactlyElementsOf(COMMON);
        assertThat(reported.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(reported.get("sowId").asText()).isEqualTo(sow.toString());
        assertThat(reported.get("batchNumber").asText()).isEqualTo("DS-2027-0042");
        assertThat(reported.get("externalRef").asText()).isEqualTo(ref);
        assertThat(reported.get("category").asText()).isEqualTo("OOS_RESULT");
        assertThat(reported.get("severity").isNull()).isTrue();
        assertThat(reported.get("notifiedOnTime").isNull()).isTrue();
        assertThat(reported.get("occurredOn").asText()).isEqualTo(today.minusDays(3).toString());
        assertThat(reported.get("reportedOn").asText()).isEqualTo(today.minusDays(1).toString());

        JsonNode firstClassification = json(events.get(1));
        assertThat(fieldNames(firstClassification)).containsExactlyElementsOf(with("previousSeverity"));
        assertThat(firstClassification.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(firstClassification.get("previousSeverity").isNull()).isTrue();
        assertThat(firstClassification.get("notifiedOnTime").asBoolean()).isFalse();
        JsonNode reclassified = json(events.get(2));
        assertThat(reclassified.get("severity").asText()).isEqualTo("MAJOR");
        assertThat(reclassified.get("previousSeverity").asText()).isEqualTo("CRITICAL");
        assertThat(reclassified.get("notifiedOnTime").asBoolean()).isTrue();

        JsonNode closed = json(events.get(3));
        assertThat(fieldNames(closed)).containsExactlyElementsOf(with("closedOn", "daysOpen", "rootCause", "capaCount"));
        assertThat(closed.get("closedOn").asText()).isEqualTo(today.toString());
        assertThat(closed.get("daysOpen").asInt()).isEqualTo(1);
        assertThat(closed.get("rootCause").asText()).isEqualTo("No injection count");
        assertThat(closed.get("capaCount").asInt()).isEqualTo(1);
        assertThat(closed.get("severity").asText()).isEqualTo("MAJOR");
    }

    @Test
    void withoutAnExecutedQualityAgreementTimelinessStaysUnknown() {
        UUID partner = partner("No Agreement Pharma", "QUALIFIED");
        Map<String, Object> body = deviation(partner, sowOf(partner), null);
        body.put("severity", "CRITICAL");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body).post("/deviations").then()
                .statusCode(201).body("severity", equalTo("CRITICAL")).body("notifiedOnTime", nullValue())
                .body("externalRef", nullValue());
    }

    @Test
    void badReportsAreRefusedNamingTheFieldAndNothingIsStored() {
        UUID partner = partner("Bad Input Biologics", "QUALIFIED");
        LocalDate today = LocalDate.now();
        Map<String, Object> reversed = deviation(partner, sowOf(partner), null);
        reversed.put("occurredOn", today.minusDays(1).toString());
        reversed.put("reportedOn", today.minusDays(2).toString());
        report(reversed, quality()).statusCode(400).body("errors[0].field", equalTo("reportedOn"));
        Map<String, Object> future = deviation(partner, sowOf(partner), null);
        future.put("occurredOn", today.plusDays(1).toString());
        future.put("reportedOn", today.plusDays(1).toString());
        report(future, quality()).statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        Map<String, Object> category = deviation(partner, sowOf(partner), null);
        category.put("category", "SPILLAGE");
        report(category, quality()).statusCode(400).body("errors[0].field", equalTo("category"));
        Map<String, Object> severity = deviation(partner, sowOf(partner), null);
        severity.put("severity", "SEVERE");
        report(severity, quality()).statusCode(400).body("errors[0].field", equalTo("severity"));
        Map<String, Object> sow = deviation(partner, sowOf(partner), null);
        sow.put("sowId", "not-a-uuid");
        report(sow, quality()).statusCode(400).body("errors[0].field", equalTo("sowId"));
        report(deviation(UUID.randomUUID(), UUID.randomUUID(), null), quality()).statusCode(422)
                .body("errors[0].field", equalTo("partnerId"));
        report(deviation(partner, sowOf(partner), null), legal()).statusCode(403);
        report(deviation(partner, UUID.randomUUID(), null), quality()).statusCode(422)
                .body("errors[0].field", equalTo("sowId"));
        assertThat(count("SELECT count(*) FROM deviation WHERE partner_id = '" + partner + "'")).isZero();

        String ref = "QMS-" + UUID.randomUUID();
        report(deviation(partner, sowOf(partner), ref), quality()).statusCode(201);
        report(deviation(partner, sowOf(partner), ref), quality()).statusCode(409)
                .body("errors[0].field", equalTo("externalRef"));
        // the same QMS number at another partner is another deviation
        UUID other = partner("Other QMS Pharma", "QUALIFIED");
        report(deviation(other, sowOf(other), ref), quality()).statusCode(201);
        assertThat(count("SELECT count(*) FROM deviation WHERE partner_id = '" + partner + "'")).isEqualTo(1);
    }

    @Test
    void aQmsRetryWithTheSameIdempotencyKeyReportsOnceAndEveryActionNeedsTheCurrentETag() {
        UUID partner = partner("Retrying QMS Biologics", "QUALIFIED");
        String ref = "QMS-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = deviation(partner, sowOf(partner), ref);
        List<String> ids = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            ids.add(given().auth().oauth2(quality()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).post("/deviations").then().statusCode(201)
                    .extract().path("id"));
        }
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(count("SELECT count(*) FROM deviation WHERE partner_id = '" + partner + "'")).isEqualTo(1);
        // the same key with another report is refused, not answered with the first
        body.put("batchNumber", "DS-2027-0099");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/deviations").then().statusCode(422);

        String id = ids.get(0);
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"severity\":\"MINOR\",\"reason\":\"Assessed\"}").post("/deviations/" + id + "/classification")
                .then().statusCode(428);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body("{\"severity\":\"MINOR\",\"reason\":\"Assessed\"}").post("/deviations/" + id + "/classification")
                .then().statusCode(412);
        given().auth().oauth2(viewer()).get("/deviations/" + id).then().body("severity", nullValue())
                .header("ETag", "\"0\"");
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnDeviations() {
        UUID own = partner("Own Deviations Ltd", "QUALIFIED");
        UUID other = partner("Other Deviations Ltd", "QUALIFIED");
        String ownId = report(deviation(own, sowOf(own), null), quality()).statusCode(201).extract().path("id");
        String otherId = report(deviation(other, sowOf(other), null), quality()).statusCode(201).extract().path("id");
        String token = partnerUser(own);

        given().auth().oauth2(token).get("/deviations/" + ownId).then().statusCode(200);
        given().auth().oauth2(token).get("/deviations/" + otherId).then().statusCode(404);
        given().auth().oauth2(token).get("/deviations/" + otherId + "/history").then().statusCode(404);
        List<String> partners = given().auth().oauth2(token).get("/deviations?size=500").then().statusCode(200)
                .extract().path("items.partnerId");
        assertThat(partners).isNotEmpty().containsOnly(own.toString());
        given().auth().oauth2(token).get("/deviations?partnerId=" + other).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(viewer()).get("/deviations?partnerId=" + other).then().statusCode(200)
                .body("items.id", contains(otherId));
    }

    /** A SOW of {@code partner} (under a new executed MSA), one per partner. */
    private static UUID sowOf(UUID partner) {
        return SOWS.computeIfAbsent(partner, p -> UUID.fromString(SowTestSupport.draftSow(
                SowTestSupport.sow(SowTestSupport.executedMsa(p), "MANUFACTURING"))));
    }

    private static final Map<UUID, UUID> SOWS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, Object> deviation(UUID partner, UUID sow, String externalRef) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partner.toString());
        body.put("sowId", sow.toString());
        body.put("batchNumber", "DS-2027-0042");
        body.put("externalRef", externalRef);
        body.put("category", "OOS_RESULT");
        body.put("occurredOn", today.minusDays(2).toString());
        body.put("reportedOn", today.minusDays(1).toString());
        body.put("description", "Assay 91.2% against a specification of 95-105%");
        return body;
    }

    private static ValidatableResponse report(Map<String, Object> body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/deviations").then();
    }

    private static ValidatableResponse classify(String id, String severity, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"severity\":\"" + severity + "\",\"reason\":\"Impact assessed\"}")
                .post("/deviations/" + id + "/classification").then();
    }

    private static ValidatableResponse move(String id, String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post("/deviations/" + id + "/status").then();
    }

    private static ValidatableResponse check(String id, String actionId, boolean effective) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"checkedOn\":\"" + LocalDate.now() + "\",\"result\":\"Checked 10 batches\",\"effective\":"
                        + effective + "}")
                .post("/deviations/" + id + "/capa-actions/" + actionId + "/effectiveness-check").then();
    }

    private static String etag(String id) {
        return given().auth().oauth2(viewer()).get("/deviations/" + id).then().statusCode(200).extract().header("ETag");
    }

    private List<ConsumerRecord<String, String>> events(String id) {
        return deviationEvents.matching(r -> id.equals(r.key()));
    }

    private static JsonNode json(ConsumerRecord<String, String> record) throws Exception {
        return new ObjectMapper().readTree(record.value());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> with(String... extra) {
        List<String> all = new ArrayList<>(COMMON);
        all.addAll(List.of(extra));
        return all;
    }
}
