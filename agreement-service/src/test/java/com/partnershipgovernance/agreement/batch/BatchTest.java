package com.partnershipgovernance.agreement.batch;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedSow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class BatchTest {

    private static final String DISPOSITIONED = "com.partnershipgovernance.batch.dispositioned.v1";
    private static final String DEVIATION_LINKED = "com.partnershipgovernance.batch.deviation-linked.v1";

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
    void batchesAreReleasedOrRejectedOnceWithRightFirstTimeAndEachDispositionIsPublished() throws Exception {
        UUID partner = partner("Batch Biologics", "QUALIFIED");
        String sow = executedSow(partner, "MANUFACTURING");
        String clean = given().auth().oauth2(supplyChain()).contentType(ContentType.JSON)
                .body(batch(sow, "ABC-0001")).post("/batches").then().statusCode(201).header("ETag", "\"0\"")
                .body("disposition", equalTo("PENDING")).body("partnerId", equalTo(partner.toString()))
                .body("rightFirstTime", equalTo(false)).extract().path("id");
        String reworked = record(sow, "ABC-0002");
        String deviated = record(sow, "ABC-0003");
        String deviation = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"partnerId\":\"" + partner + "\",\"sowId\":\"" + sow + "\",\"batchNumber\":\"ABC-0003\","
                        + "\"category\":\"OOS_RESULT\",\"occurredOn\":\"" + LocalDate.now().minusDays(1)
                        + "\",\"description\":\"Assay out of specification\"}")
                .post("/deviations").then().statusCode(201).extract().path("id");
        action(deviated, "deviations/" + UUID.randomUUID(), null, quality()).statusCode(422)
                .body("errors[0].field", equalTo("deviationId"));

        action(reworked, "rework", Map.of("reason", "Re-filtered"), supplyChain()).statusCode(200)
                .body("rework", equalTo(true)).body("rightFirstTime", equalTo(false));
        action(deviated, "deviations/" + deviation, null, quality()).statusCode(200)
                .body("deviationIds", contains(deviation)).body("rightFirstTime", equalTo(false));
        action(deviated, "deviations/" + deviation, null, quality()).statusCode(200)
                .body("deviationIds", contains(deviation));

        action(clean, "disposition", Map.of("to", "RELEASED", "reason", "Certified by the QP"), quality())
                .statusCode(200).body("disposition", equalTo("RELEASED"))
                .body("dispositionedBy", equalTo("u-quality")).body("dispositionedByName", equalTo("Dana Quality"))
                .body("dispositionedOn", equalTo(LocalDate.now().toString())).body("rightFirstTime", equalTo(true));
        action(clean, "disposition", Map.of("to", "REJECTED", "reason", "changed mind"), quality()).statusCode(409);
        action(clean, "rework", Map.of("reason", "too late"), quality()).statusCode(409);
        action(reworked, "disposition", Map.of("to", "RELEASED", "reason", "Rework justified",
                "dispositionedOn", LocalDate.now().minusDays(1).toString()), quality()).statusCode(200);
        action(deviated, "disposition", Map.of("to", "REJECTED", "reason", "OOS assay"), quality()).statusCode(200);
        action(deviated, "disposition", Map.of("to", "PENDING", "reason", "x"), quality()).statusCode(409);
        given().auth().oauth2(viewer()).get("/batches/" + deviated + "/history").then().statusCode(200)
                .body("items.reason", hasItem("OOS assay"));
        given().auth().oauth2(viewer()).get("/batches?sowId=" + sow + "&disposition=RELEASED&sort=createdAt").then()
                .statusCode(200).body("items.batchNumber", contains("ABC-0001", "ABC-0002"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(sow).size() == 3);
        Map<String, JsonNode> byBatch = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : events(sow)) {
            JsonNode p = new ObjectMapper().readTree(r.value());
            assertThat(r.key()).isEqualTo(p.get("batchId").asText());
            assertThat(TopicRecorder.header(r, "ce_subject")).isEqualTo(r.key());
            assertThat(TopicRecorder.header(r, "ce_source")).isEqualTo("/agreement-service");
            assertThat(TopicRecorder.header(r, "ce_specversion")).isEqualTo("1.0");
            byBatch.put(p.get("batchNumber").asText(), p);
        }
        JsonNode released = byBatch.get("ABC-0001");
        List<String> fields = new ArrayList<>();
        released.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("batchId", "sowId", "partnerId", "batchNumber", "disposition",
                "rightFirstTime", "dispositionedOn");
        assertThat(released.get("batchId").asText()).isEqualTo(clean);
        assertThat(released.get("sowId").asText()).isEqualTo(sow);
        assertThat(released.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(released.get("disposition").asText()).isEqualTo("RELEASED");
        assertThat(released.get("rightFirstTime").asBoolean()).isTrue();
        assertThat(released.get("dispositionedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(byBatch.get("ABC-0002").get("rightFirstTime").asBoolean()).isFalse();
        assertThat(byBatch.get("ABC-0002").get("dispositionedOn").asText())
                .isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(byBatch.get("ABC-0003").get("disposition").asText()).isEqualTo("REJECTED");
        assertThat(byBatch.get("ABC-0003").get("rightFirstTime").asBoolean()).isFalse();
    }

    @Test
    void aRejectedBatchWithoutReworkOrDeviationIsPublishedAsNotRightFirstTime() throws Exception {
        String sow = executedSow(partner("Rejecting Biologics", "QUALIFIED"), "MANUFACTURING");
        String rejected = record(sow, "REJ-0001");
        action(rejected, "disposition", Map.of("to", "REJECTED", "reason", "Visible particles"), quality())
                .statusCode(200).body("rightFirstTime", equalTo(false));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(sow).size() == 1);
        JsonNode payload = new ObjectMapper().readTree(events(sow).get(0).value());
        assertThat(payload.get("disposition").asText()).isEqualTo("REJECTED");
        assertThat(payload.get("rightFirstTime").asBoolean()).isFalse();
    }

    @Test
    void aDeviationLinkedToAReleasedBatchTakesRightFirstTimeBackAndIsPublishedOnce() throws Exception {
        UUID partner = partner("Late Finding Biologics", "QUALIFIED");
        String sow = executedSow(partner, "MANUFACTURING");
        String released = record(sow, "LATE-0001");
        action(released, "disposition", Map.of("to", "RELEASED", "reason", "Certified by the QP"), quality())
                .statusCode(200).body("rightFirstTime", equalTo(true));
        String deviation = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"partnerId\":\"" + partner + "\",\"sowId\":\"" + sow + "\",\"batchNumber\":\"LATE-0001\","
                        + "\"category\":\"OOS_RESULT\",\"occurredOn\":\"" + LocalDate.now().minusDays(1)
                        + "\",\"description\":\"Stability pull out of specification\"}")
                .post("/deviations").then().statusCode(201).extract().path("id");

        action(released, "deviations/" + deviation, null, quality()).statusCode(200)
                .body("disposition", equalTo("RELEASED")).body("rightFirstTime", equalTo(false));
        action(released, "deviations/" + deviation, null, quality()).statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> linkEvents(released).size() == 1);
        ConsumerRecord<String, String> linked = linkEvents(released).get(0);
        assertThat(linked.key()).isEqualTo(released);
        JsonNode payload = new ObjectMapper().readTree(linked.value());
        assertThat(payload.get("deviationId").asText()).isEqualTo(deviation);
        assertThat(payload.get("disposition").asText()).isEqualTo("RELEASED");
        assertThat(payload.get("rightFirstTime").asBoolean()).isFalse();
        assertThat(payload.get("dispositionedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(count("SELECT count(*) FROM outbox_event WHERE ce_type = '" + DEVIATION_LINKED
                + "' AND payload LIKE '%" + released + "%'")).isEqualTo(1);
    }

    @Test
    void aBatchOutsideAManufacturingSowOrMalformedIsRefusedAndNothingIsStored() {
        UUID partner = partner("Clinical Only Pharma", "QUALIFIED");
        String clinical = executedSow(partner, "CLINICAL");
        String manufacturing = executedSow(partner, "MANUFACTURING");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(batch(clinical, "X-1"))
                .post("/batches").then().statusCode(422).body("errors[0].field", equalTo("sowId"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(batch(UUID.randomUUID().toString(), "X-1"))
                .post("/batches").then().statusCode(422).body("errors[0].field", equalTo("sowId"));
        Map<String, Object> future = batch(manufacturing, "X-2");
        future.put("manufacturedOn", LocalDate.now().plusDays(1).toString());
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(future).post("/batches").then()
                .statusCode(400).body("errors.field", hasItem("manufacturedOn"));
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).body(batch(manufacturing, "X-3"))
                .post("/batches").then().statusCode(403);
        assertThat(count("SELECT count(*) FROM batch WHERE sow_id IN ('" + clinical + "', '" + manufacturing
                + "')")).isZero();
        record(manufacturing, "X-4");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body(batch(manufacturing, "X-4"))
                .post("/batches").then().statusCode(409);
        assertThat(count("SELECT count(*) FROM batch WHERE sow_id = '" + manufacturing + "'")).isEqualTo(1);
    }

    @Test
    void onlyQualityDispositionsWithTheCurrentETagAndPartnerUsersSeeTheirOwnBatches() {
        UUID own = partner("Own Batch Partner", "QUALIFIED");
        String ownBatch = record(executedSow(own, "MANUFACTURING"), "OWN-1");
        String otherBatch = record(executedSow(partner("Other Batch Partner", "QUALIFIED"), "MANUFACTURING"),
                "OTHER-1");
        action(ownBatch, "disposition", Map.of("to", "RELEASED", "reason", "ok"), supplyChain()).statusCode(403);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("to", "RELEASED", "reason", "ok")).post("/batches/" + ownBatch + "/disposition").then()
                .statusCode(412);
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(Map.of("to", "RELEASED", "reason", "ok")).post("/batches/" + ownBatch + "/disposition").then()
                .statusCode(428);
        String token = partnerUser(own);
        given().auth().oauth2(token).get("/batches/" + ownBatch).then().statusCode(200)
                .body("disposition", equalTo("PENDING"));
        given().auth().oauth2(token).get("/batches/" + otherBatch).then().statusCode(404);
        List<String> partners = given().auth().oauth2(token).get("/batches?size=500").then().statusCode(200)
                .extract().path("items.partnerId");
        assertThat(partners).isNotEmpty().containsOnly(own.toString());
    }

    private static Map<String, Object> batch(String sow, String number) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sowId", sow);
        body.put("batchNumber", number);
        body.put("product", "ABC-123 drug substance");
        body.put("manufacturedOn", LocalDate.now().minusDays(10).toString());
        return body;
    }

    private static String record(String sow, String number) {
        return given().auth().oauth2(supplyChain()).contentType(ContentType.JSON).body(batch(sow, number))
                .post("/batches").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse action(String id, String path, Map<String, Object> body, String token) {
        String etag = given().auth().oauth2(viewer()).get("/batches/" + id).then().statusCode(200).extract()
                .header("ETag");
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag);
        if (body != null) {
            request.body(body);
        }
        return request.post("/batches/" + id + "/" + path).then();
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Dana Quality").roles("quality").sign();
    }

    private static String supplyChain() {
        return TestInfrastructure.get().tokens().token("u-supply").name("Sol Supply").roles("supply-chain").sign();
    }

    private List<ConsumerRecord<String, String>> linkEvents(String batch) {
        return agreementEvents.matching(r -> DEVIATION_LINKED.equals(TopicRecorder.header(r, "ce_type"))
                && batch.equals(r.key()));
    }

    private List<ConsumerRecord<String, String>> events(String sow) {
        return agreementEvents.matching(r -> DISPOSITIONED.equals(TopicRecorder.header(r, "ce_type"))
                && r.value().contains("\"sowId\":\"" + sow + "\""));
    }
}
