package com.partnershipgovernance.agreement.msa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.agreement.lifecycle.RecordsAgreementEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.fieldsOf;
import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.moves;
import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.payloadOf;
import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.etag;
import static com.partnershipgovernance.agreement.AgreementTestSupport.execute;
import static com.partnershipgovernance.agreement.AgreementTestSupport.finance;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.move;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MsaLifecycleTest extends RecordsAgreementEvents {

    @Test
    void msaIsReviewedReturnedApprovedExecutedAmendedAndEachMoveIsSignedKeptAndPublished() throws Exception {
        UUID partner = partner("Helix Biologics GmbH", "QUALIFIED");
        Map<String, Object> body = msa(partner);
        String id = given().auth().oauth2(legal()).contentType(ContentType.JSON).body(body).post("/msas").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("inForceVersion", nullValue())
                .body("liabilityCap.amount", equalTo("5000000.00"))
                .body("paymentTerms.days", equalTo(45))
                .body("documents[0].sha256", equalTo(com.partnershipgovernance.agreement.AgreementTestSupport.SHA))
                .extract().path("id");

        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}", legal())
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("IN_REVIEW"));
        move(id, "\"1\"", "{\"to\":\"DRAFT\",\"reason\":\"Returned: clarify the liability cap\"}", legal())
                .statusCode(200).body("status", equalTo("DRAFT"));
        // back from review: an edit needs its reason
        body.put("liabilityCap", Map.of("amount", "7500000", "currency", "EUR"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put("/msas/" + id).then().statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .header("X-Change-Reason", "Cap agreed at 7.5m").body(body)
                .put("/msas/" + id).then().statusCode(200).body("liabilityCap.amount", equalTo("7500000.00"));
        move(id, etag(id), "{\"to\":\"IN_REVIEW\",\"reason\":\"Comments addressed\"}", legal()).statusCode(200);
        move(id, etag(id), "{\"to\":\"APPROVED\",\"reason\":\"Terms agreed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(200).body("status", equalTo("APPROVED"));
        move(id, etag(id), "{\"to\":\"EXECUTED\",\"reason\":\"Signed by both parties\","
                + "\"signature\":{\"meaning\":\"RESPONSIBILITY\"}}", legal())
                .statusCode(200).body("status", equalTo("EXECUTED")).body("inForceVersion", equalTo(1));

        // amendment: version 2 drafted from the terms in force, version 1 stays in force meanwhile; a retry
        // with the same Idempotency-Key answers the same and drafts nothing twice
        String executedTag = etag(id);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", executedTag)
                    .header("Idempotency-Key", key)
                    .body("{\"reason\":\"Commercial-scale manufacturing\"}").post("/msas/" + id + "/amendments")
                    .then().statusCode(201).header("Location", containsString("/msas/" + id + "/versions/2"))
                    .body("version", equalTo(2)).body("status", equalTo("DRAFT")).body("inForceVersion", equalTo(1))
                    .body("amendmentReason", equalTo("Commercial-scale manufacturing"));
        }
        assertThat(count("SELECT count(*) FROM msa_version WHERE msa_id = '" + id + "'")).isEqualTo(2);
        body.put("liabilityCap", Map.of("amount", "10000000.00", "currency", "USD"));
        body.put("paymentTerms", Map.of("days", 60, "currency", "EUR"));
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .header("X-Change-Reason", "Higher cap for commercial volumes").body(body)
                .put("/msas/" + id).then().statusCode(200);
        execute(id);

        given().auth().oauth2(viewer()).get("/msas/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("EXECUTED")).body("inForceVersion", equalTo(2));
        given().auth().oauth2(viewer()).get("/msas/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.status", contains("SUPERSEDED", "EXECUTED"));
        given().auth().oauth2(viewer()).get("/msas/" + id + "/versions/1").then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("liabilityCap.amount", equalTo("7500000.00"))
                .body("statusChanges.to", contains("IN_REVIEW", "DRAFT", "IN_REVIEW", "APPROVED", "EXECUTED",
                        "SUPERSEDED"))
                .body("statusChanges[3].signature.signerId", equalTo("u-legal"))
                .body("statusChanges[3].signature.signerName", equalTo("Lee Legal"))
                .body("statusChanges[3].signature.meaning", equalTo("APPROVAL"))
                .body("statusChanges[3].signature.matchesRecord", equalTo(true))
                .body("statusChanges[4].signature.meaning", equalTo("RESPONSIBILITY"))
                .body("statusChanges[1].signature", nullValue())
                .body("statusChanges[1].reason", equalTo("Returned: clarify the liability cap"));
        given().auth().oauth2(viewer()).get("/msas/" + id + "/versions/1/compare/2").then().statusCode(200)
                .body("changes.field", contains("paymentTerms.days", "liabilityCap.amount", "liabilityCap.currency"))
                .body("changes[0].from", equalTo(45)).body("changes[0].to", equalTo(60))
                .body("changes[1].from", equalTo("7500000.00")).body("changes[1].to", equalTo("10000000.00"))
                .body("changes[2].from", equalTo("EUR")).body("changes[2].to", equalTo("USD"));
        given().auth().oauth2(viewer()).get("/msas/" + id + "/versions/3").then().statusCode(404);

        // the audit trail names each version's fields and keeps the reasons
        given().auth().oauth2(viewer()).get("/msas/" + id + "/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATED"))
                .body("items.reason", hasItems("Terms agreed", "Cap agreed at 7.5m"))
                .body("items.changes.flatten().field", hasItem("versions[1].status"))
                .body("items.changes.flatten().field", hasItem("versions[2].liabilityCapAmount"));

        // events: one per move, in order, the superseded version announced before the amendment's execution
        await().atMost(Duration.ofSeconds(20)).until(() -> statusChanges(id).size() == 9);
        List<ConsumerRecord<String, String>> events = statusChanges(id);
        assertThat(moves(events)).containsExactly("1:IN_REVIEW", "1:DRAFT", "1:IN_REVIEW", "1:APPROVED", "1:EXECUTED",
                "2:IN_REVIEW", "2:APPROVED", "1:SUPERSEDED", "2:EXECUTED");

        ConsumerRecord<String, String> executed = events.get(4);
        JsonNode payload = payloadOf(executed, id);
        assertThat(fieldsOf(payload)).containsExactly("agreementId", "kind", "version", "partnerId", "msaId", "sowKind", "from",
                "to", "reason", "effectiveOn", "expiresOn");
        assertThat(payload.get("agreementId").asText()).isEqualTo(id);
        assertThat(payload.get("kind").asText()).isEqualTo("MSA");
        assertThat(payload.get("version").asInt()).isEqualTo(1);
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(payload.get("msaId").isNull()).isTrue();
        assertThat(payload.get("sowKind").isNull()).isTrue();
        assertThat(payload.get("from").asText()).isEqualTo("APPROVED");
        assertThat(payload.get("to").asText()).isEqualTo("EXECUTED");
        assertThat(payload.get("reason").asText()).isEqualTo("Signed by both parties");
        assertThat(payload.get("effectiveOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(payload.get("expiresOn").asText()).isEqualTo(LocalDate.now().plusYears(5).toString());
        JsonNode superseded = new ObjectMapper().readTree(events.get(7).value());
        assertThat(superseded.get("from").asText()).isEqualTo("EXECUTED");
        assertThat(superseded.get("reason").asText()).startsWith("Superseded by version 2");
    }

    @Test
    void executionWithAProspectPartnerIsRefusedNamingTheStatusAndNothingChanges() {
        UUID partner = partner("Prospect Therapeutics", null);
        String id = draft(msa(partner));
        move(id, etag(id), "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(200);
        move(id, etag(id), "{\"to\":\"APPROVED\",\"reason\":\"Agreed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(200);
        String before = etag(id);

        move(id, before, "{\"to\":\"EXECUTED\",\"reason\":\"Sign\",\"signature\":{\"meaning\":\"APPROVAL\"}}", legal())
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("partner.qualificationStatus"))
                .body("detail", containsString("PROSPECT"));

        given().auth().oauth2(viewer()).get("/msas/" + id).then().body("status", equalTo("APPROVED"))
                .header("ETag", before);
        assertThat(count("SELECT count(*) FROM agreement_status_change WHERE agreement_id = '" + id
                + "' AND to_status = 'EXECUTED'")).isZero();
    }

    @Test
    void illegalMoveGets409AndNothingChanges() {
        String id = draft(msa(partner("Skipper Bio", "QUALIFIED")));
        move(id, "\"0\"", "{\"to\":\"EXECUTED\",\"reason\":\"skip review\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://partnershipgovernance.com/problems/illegal-transition"));
        move(id, "\"0\"", "{\"to\":\"SUPERSEDED\",\"reason\":\"by hand\"}", legal()).statusCode(409);
        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"which one\",\"version\":3}", legal()).statusCode(422)
                .body("errors[0].field", equalTo("version"));
        assertUnchangedDraft(id);
    }

    @Test
    void approvalWithAStaleAuthenticationIsRefusedWith401AndNothingChanges() {
        String id = draft(msa(partner("Stale Token Pharma", "QUALIFIED")));
        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(200);
        String stale = TestInfrastructure.get().tokens().token("u-legal").roles("legal")
                .authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();
        move(id, "\"1\"", "{\"to\":\"APPROVED\",\"reason\":\"ok\",\"signature\":{\"meaning\":\"APPROVAL\"}}", stale)
                .statusCode(401).contentType("application/problem+json");
        move(id, "\"1\"", "{\"to\":\"APPROVED\",\"reason\":\"ok\"}", legal())
                .statusCode(400).body("errors[0].field", equalTo("signature.meaning"));
        given().auth().oauth2(viewer()).get("/msas/" + id).then().body("status", equalTo("IN_REVIEW"))
                .header("ETag", "\"1\"");
    }

    @Test
    void onlyLegalMovesAnMsaAndEveryMoveNeedsAReasonAndTheCurrentETag() {
        String id = draft(msa(partner("Etag Biologics", "QUALIFIED")));
        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", finance()).statusCode(403);
        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", viewer()).statusCode(403);
        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\"}", legal()).statusCode(400).body("errors.field", hasItem("reason"));
        move(id, "\"0\"", "{\"to\":\"SIGNED\",\"reason\":\"x\"}", legal()).statusCode(400)
                .body("errors.field", hasItem("to"));
        move(id, "\"7\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(412);
        move(id, null, "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(428);
        assertUnchangedDraft(id);
    }

    @Test
    void onlyADraftIsEditedAndOnlyAnExecutedMsaIsAmended() {
        Map<String, Object> body = msa(partner("Edit Rules Ltd", "QUALIFIED"));
        String id = draft(body);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\":\"too early\"}").post("/msas/" + id + "/amendments").then().statusCode(409);
        move(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(200);
        body.put("title", "Changed in review");
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .header("X-Change-Reason", "late change").body(body).put("/msas/" + id).then().statusCode(409);
        given().auth().oauth2(viewer()).get("/msas/" + id).then().body("title",
                equalTo("Master services agreement for biologics manufacturing")).header("ETag", "\"1\"");
        assertThat(count("SELECT count(*) FROM msa_version WHERE msa_id = '" + id + "'")).isEqualTo(1);
    }

    private static void assertUnchangedDraft(String id) {
        given().auth().oauth2(viewer()).get("/msas/" + id).then().body("status", equalTo("DRAFT"))
                .header("ETag", "\"0\"");
        given().auth().oauth2(viewer()).get("/msas/" + id + "/versions/1").then().body("statusChanges", hasSize(0));
    }

}
