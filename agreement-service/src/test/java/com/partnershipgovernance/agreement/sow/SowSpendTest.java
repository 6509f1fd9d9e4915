package com.partnershipgovernance.agreement.sow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.agreement.lifecycle.RecordsAgreementEvents;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.finance;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
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
class SowSpendTest extends RecordsAgreementEvents {

    private static final String SPEND_RECORDED = "com.partnershipgovernance.sow.spend-recorded.v1";

    @Test
    void invoicesAndOrdersArePostedOnceEachTheVarianceIsComputedAndEachPostingIsPublished() throws Exception {
        UUID partner = partner("Spend Biologics", "QUALIFIED");
        String sow = executedSow(partner, "MANUFACTURING");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            post(sow, spend("INV-2027-001", "INVOICE", "100000.00", "EUR", "2027-03-15"), key).statusCode(201)
                    .body("position.spentToDate.amount", equalTo("100000.00"))
                    .body("items[0].externalRef", equalTo("INV-2027-001"));
        }
        post(sow, spend("PO-2027-7", "PURCHASE_ORDER", "200000", "EUR", "2027-02-01"), null).statusCode(201);
        post(sow, spend("INV-2027-002", "INVOICE", "175000.50", "EUR", "2027-04-30"), null).statusCode(201)
                .body("position.spentToDate.amount", equalTo("275000.50"));
        // the same ERP reference again, without the key of its first posting: a conflict, nothing stored
        post(sow, spend("INV-2027-002", "INVOICE", "1.00", "EUR", "2027-04-30"), null).statusCode(409)
                .contentType("application/problem+json");
        assertThat(count("SELECT count(*) FROM sow_spend_line WHERE sow_id = '" + sow + "'")).isEqualTo(3);

        given().auth().oauth2(viewer()).get("/sows/" + sow).then().statusCode(200)
                .body("spend.budget.amount", equalTo("250000.00"))
                .body("spend.spentToDate.amount", equalTo("275000.50"))
                .body("spend.committedToDate.amount", equalTo("200000.00"))
                .body("spend.variance.amount", equalTo("-25000.50"))
                .body("spend.percentSpent", equalTo(110.0f));
        given().auth().oauth2(partnerUser(partner)).get("/sows/" + sow + "/spend").then().statusCode(200)
                .body("items.externalRef", contains("PO-2027-7", "INV-2027-001", "INV-2027-002"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(sow).size() == 3);
        List<ConsumerRecord<String, String>> events = events(sow);
        ConsumerRecord<String, String> last = events.get(2);
        assertThat(last.key()).isEqualTo(sow);
        assertThat(TopicRecorder.header(last, "ce_subject")).isEqualTo(sow);
        assertThat(TopicRecorder.header(last, "ce_source")).isEqualTo("/agreement-service");
        assertThat(TopicRecorder.header(last, "ce_specversion")).isEqualTo("1.0");
        JsonNode p = new ObjectMapper().readTree(last.value());
        List<String> fields = new ArrayList<>();
        p.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("sowId", "partnerId", "externalRef", "amount", "budget", "spentToDate",
                "periodMonth");
        assertThat(p.get("sowId").asText()).isEqualTo(sow);
        assertThat(p.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(p.get("externalRef").asText()).isEqualTo("INV-2027-002");
        assertThat(p.get("amount").get("amount").asText()).isEqualTo("175000.50");
        assertThat(p.get("amount").get("currency").asText()).isEqualTo("EUR");
        assertThat(p.get("budget").get("amount").asText()).isEqualTo("250000.00");
        assertThat(p.get("spentToDate").get("amount").asText()).isEqualTo("275000.50");
        assertThat(p.get("periodMonth").asText()).isEqualTo("2027-04");
        JsonNode order = new ObjectMapper().readTree(events.get(1).value());
        assertThat(order.get("externalRef").asText()).isEqualTo("PO-2027-7");
        assertThat(order.get("spentToDate").get("amount").asText()).isEqualTo("100000.00");
    }

    @Test
    void spendInAnotherCurrencyOrMalformedIsRefusedNamingTheFieldAndNothingIsStored() {
        String sow = executedSow(partner("Currency Check Pharma", "QUALIFIED"), "CLINICAL");
        post(sow, spend("INV-1", "INVOICE", "10.00", "USD", "2027-03-15"), null).statusCode(422)
                .body("errors[0].field", equalTo("amount.currency"));
        post(sow, spend("INV-1", "INVOICE", "10.00", "QQQ", "2027-03-15"), null).statusCode(400)
                .body("errors[0].field", equalTo("amount.currency"));
        post(sow, spend("INV-1", "INVOICE", "-10.00", "EUR", "2027-03-15"), null).statusCode(400)
                .body("errors.field", hasItem("amount.amount"));
        post(sow, spend("INV-1", "CREDIT_NOTE", "10.00", "EUR", "2027-03-15"), null).statusCode(400);
        post(sow, spend(" ", "INVOICE", "10.00", "EUR", "2027-03-15"), null).statusCode(400)
                .body("errors.field", hasItem("externalRef"));
        post(UUID.randomUUID().toString(), spend("INV-1", "INVOICE", "10.00", "EUR", "2027-03-15"), null)
                .statusCode(404);
        given().auth().oauth2(com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser(
                        UUID.randomUUID())).get("/sows/" + sow + "/spend").then().statusCode(404);
        given().auth().oauth2(legal()).contentType(ContentType.JSON)
                .body(spend("INV-1", "INVOICE", "10.00", "EUR", "2027-03-15")).post("/sows/" + sow + "/spend").then()
                .statusCode(403);
        assertThat(count("SELECT count(*) FROM sow_spend_line WHERE sow_id = '" + sow + "'")).isZero();
        String draft = SowTestSupport.draftSow(SowTestSupport.sow(SowTestSupport.executedMsa(
                partner("Draft Spend Pharma", "QUALIFIED")), "CLINICAL"));
        post(draft, spend("INV-1", "INVOICE", "10.00", "EUR", "2027-03-15"), null).statusCode(422)
                .body("errors[0].field", equalTo("sowId"));
        assertThat(count("SELECT count(*) FROM sow_spend_line WHERE sow_id = '" + draft + "'")).isZero();
    }

    @Test
    void theBudgetCurrencyCannotChangeOnceSpendWasPosted() {
        UUID partner = partner("Currency Lock Biologics", "QUALIFIED");
        String msa = SowTestSupport.executedMsa(partner);
        Map<String, Object> body = SowTestSupport.sow(msa, "DEVELOPMENT");
        String sow = SowTestSupport.draftSow(body);
        SowTestSupport.executeSow(sow);
        post(sow, spend("INV-77", "INVOICE", "5000.00", "EUR", "2027-01-31"), null).statusCode(201);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", SowTestSupport.sowEtag(sow))
                .body("{\"reason\":\"Rebased in USD\"}").post("/sows/" + sow + "/amendments").then()
                .statusCode(201);
        body.put("budget", Map.of("amount", "300000.00", "currency", "USD"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", SowTestSupport.sowEtag(sow))
                .header("X-Change-Reason", "USD budget").body(body).put("/sows/" + sow).then().statusCode(422)
                .body("errors[0].field", equalTo("budget.currency"));
        body.put("budget", Map.of("amount", "300000.00", "currency", "EUR"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", SowTestSupport.sowEtag(sow))
                .header("X-Change-Reason", "Budget raised").body(body).put("/sows/" + sow).then().statusCode(200)
                .body("terms.budget.amount", equalTo("300000.00"))
                .body("spend.budget.amount", equalTo("250000.00"));
    }

    private static Map<String, Object> spend(String ref, String kind, String amount, String currency, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalRef", ref);
        body.put("kind", kind);
        body.put("amount", Map.of("amount", amount, "currency", currency));
        body.put("date", date);
        return body;
    }

    private static io.restassured.response.ValidatableResponse post(String sow, Map<String, Object> body, String key) {
        var request = given().auth().oauth2(finance()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/sows/" + sow + "/spend").then();
    }

    private List<ConsumerRecord<String, String>> events(String sow) {
        return agreementEvents.matching(r -> sow.equals(r.key())
                && SPEND_RECORDED.equals(TopicRecorder.header(r, "ce_type")));
    }
}
