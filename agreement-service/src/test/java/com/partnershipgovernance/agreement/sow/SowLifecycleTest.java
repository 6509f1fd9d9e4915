package com.partnershipgovernance.agreement.sow;

import com.fasterxml.jackson.databind.JsonNode;
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

import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.moves;
import static com.partnershipgovernance.agreement.lifecycle.StatusChangedEvents.payloadOf;
import static com.partnershipgovernance.agreement.AgreementTestSupport.clearReviewFlag;
import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.etag;
import static com.partnershipgovernance.agreement.AgreementTestSupport.finance;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.move;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.draftSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executeSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedMsa;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.moveSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sowEtag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SowLifecycleTest extends RecordsAgreementEvents {

    @Test
    void sowUnderAnExecutedMsaIsSignedExecutedAmendedComparedAndEachMoveIsPublishedWithMsaIdAndSowKind()
            throws Exception {
        UUID partner = partner("Helix Manufacturing GmbH", "QUALIFIED");
        String msa = executedMsa(partner);
        Map<String, Object> body = sow(msa, "MANUFACTURING");
        String id = given().auth().oauth2(finance()).contentType(ContentType.JSON).body(body).post("/sows").then()
                .statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/sows/"))
                .body("msaId", equalTo(msa)).body("partnerId", equalTo(partner.toString()))
                .body("kind", equalTo("MANUFACTURING")).body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("terms.budget.amount", equalTo("250000.00")).body("terms.budget.currency", equalTo("EUR"))
                .body("terms.deliverables.responsibility", contains("PARTNER", "SPONSOR"))
                .body("terms.escalationPath[1].sponsorContact", equalTo("Vera VP"))
                .body("terms.escalationPath[1].escalateAfterDays", equalTo(10))
                .body("terms.activities", contains("Tech transfer", "PPQ campaign"))
                .extract().path("id");

        // finance moves and signs the approval, legal the execution
        moveSow(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}", finance()).statusCode(200);
        moveSow(id, sowEtag(id), "{\"to\":\"APPROVED\",\"reason\":\"Budget agreed\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", finance()).statusCode(200)
                .body("status", equalTo("APPROVED"));
        moveSow(id, sowEtag(id), "{\"to\":\"EXECUTED\",\"reason\":\"Signed by both parties\","
                + "\"signature\":{\"meaning\":\"RESPONSIBILITY\"}}", legal()).statusCode(200)
                .body("status", equalTo("EXECUTED")).body("inForceVersion", equalTo(1));

        // amendment: budget raised, reviewed and executed; version 1 superseded
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", sowEtag(id))
                .body("{\"reason\":\"Fourth PPQ batch\"}").post("/sows/" + id + "/amendments").then()
                .statusCode(201).header("Location", containsString("/sows/" + id + "/versions/2"))
                .body("version", equalTo(2)).body("status", equalTo("DRAFT")).body("inForceVersion", equalTo(1));
        body.put("budget", Map.of("amount", "330000", "currency", "EUR"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", sowEtag(id)).body(body)
                .put("/sows/" + id).then().statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", sowEtag(id))
                .header("X-Change-Reason", "Fourth batch priced").body(body)
                .put("/sows/" + id).then().statusCode(200).body("terms.budget.amount", equalTo("330000.00"));
        executeSow(id);

        given().auth().oauth2(viewer()).get("/sows/" + id + "/versions").then().statusCode(200)
                .body("items.version", contains(1, 2)).body("items.status", contains("SUPERSEDED", "EXECUTED"));
        given().auth().oauth2(viewer()).get("/sows/" + id + "/versions/1").then().statusCode(200)
                .body("terms.budget.amount", equalTo("250000.00"))
                .body("statusChanges.to", contains("IN_REVIEW", "APPROVED", "EXECUTED", "SUPERSEDED"))
                .body("statusChanges[1].signature.signerId", equalTo("u-finance"))
                .body("statusChanges[1].signature.meaning", equalTo("APPROVAL"))
                .body("statusChanges[1].signature.matchesRecord", equalTo(true))
                .body("statusChanges[2].signature.signerId", equalTo("u-legal"));
        given().auth().oauth2(viewer()).get("/sows/" + id + "/versions/1/compare/2").then().statusCode(200)
                .body("changes.field", contains("budget.amount"))
                .body("changes[0].from", equalTo("250000.00")).body("changes[0].to", equalTo("330000.00"));
        given().auth().oauth2(viewer()).get("/sows/" + id + "/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATED"))
                .body("items.reason", hasItem("Fourth batch priced"))
                .body("items.changes.flatten().field", hasItem("versions[2].budgetAmount"));
        given().auth().oauth2(viewer()).get("/sows?msaId=" + msa).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> statusChanges(id).size() == 7);
        List<ConsumerRecord<String, String>> events = statusChanges(id);
        assertThat(moves(events)).containsExactly("1:IN_REVIEW", "1:APPROVED", "1:EXECUTED", "2:IN_REVIEW", "2:APPROVED",
                "1:SUPERSEDED", "2:EXECUTED");
        ConsumerRecord<String, String> executed = events.get(2);
        JsonNode payload = payloadOf(executed, id);
        assertThat(payload.get("agreementId").asText()).isEqualTo(id);
        assertThat(payload.get("kind").asText()).isEqualTo("SOW");
        assertThat(payload.get("msaId").asText()).isEqualTo(msa);
        assertThat(payload.get("sowKind").asText()).isEqualTo("MANUFACTURING");
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(payload.get("from").asText()).isEqualTo("APPROVED");
        assertThat(payload.get("reason").asText()).isEqualTo("Signed by both parties");
        assertThat(payload.get("effectiveOn").asText()).isEqualTo(LocalDate.now().minusMonths(1).toString());
        assertThat(payload.get("expiresOn").asText()).isEqualTo(LocalDate.now().plusYears(1).toString());
    }

    @Test
    void aSowUnderAnMsaThatIsNotExecutedIsRefusedNamingMsaIdAndNothingIsStored() {
        UUID partner = partner("Draft Msa Pharma", "QUALIFIED");
        String draftMsa = draft(msa(partner));
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(sow(draftMsa, "CLINICAL")).post("/sows")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("msaId"));
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(sow(UUID.randomUUID().toString(),
                "CLINICAL")).post("/sows").then().statusCode(422).body("errors[0].field", equalTo("msaId"));
        assertThat(count("SELECT count(*) FROM sow WHERE partner_id = '" + partner + "'")).isZero();
    }

    @Test
    void aSowIsNotExecutedOnceItsMsaIsSuspended() {
        UUID partner = partner("Suspended Msa Bio", "QUALIFIED");
        String msa = executedMsa(partner);
        String id = draftSow(sow(msa, "ANALYTICAL"));
        moveSow(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(200);
        moveSow(id, "\"1\"", "{\"to\":\"APPROVED\",\"reason\":\"Agreed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(200);
        move(msa, etag(msa), "{\"to\":\"SUSPENDED\",\"reason\":\"Payment dispute\"}", legal()).statusCode(200);

        moveSow(id, "\"2\"", "{\"to\":\"EXECUTED\",\"reason\":\"Sign\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(422).body("errors[0].field", equalTo("msaId"));
        given().auth().oauth2(viewer()).get("/sows/" + id).then().body("status", equalTo("APPROVED"))
                .header("ETag", "\"2\"");
    }

    @Test
    void badTermsGet400NamingTheFieldAndNothingIsStored() {
        UUID partner = partner("Bad Input Biologics", "QUALIFIED");
        String msa = executedMsa(partner);
        LocalDate today = LocalDate.now();
        rejected(msa, b -> b.put("timeline", Map.of("startOn", today.toString(), "endOn", today.minusDays(1)
                .toString())), "timeline.endOn");
        rejected(msa, b -> b.put("timeline", Map.of("startOn", today.toString(), "endOn", today.toString())),
                "timeline.endOn");
        rejected(msa, b -> b.put("budget", Map.of("amount", "-0.01", "currency", "EUR")), "budget.amount");
        rejected(msa, b -> b.put("budget", Map.of("amount", "100.00", "currency", "QQQ")), "budget.currency");
        rejected(msa, b -> b.put("budget", Map.of("amount", "100.00", "currency", "eur")), "budget.currency");
        rejected(msa, b -> b.put("kind", "CATERING"), "kind");
        rejected(msa, b -> b.put("deliverables", List.of()), "deliverables");
        rejected(msa, b -> b.put("deliverables", List.of(Map.of("name", "Report"))),
                "deliverables[0].responsibility");
        rejected(msa, b -> b.put("deliverables", List.of(SowTestSupport.deliverable("Report", "PARTNER"),
                SowTestSupport.deliverable("Report", "SPONSOR"))), "deliverables[1].name");
        rejected(msa, b -> b.put("escalationPath", List.of(
                Map.of("level", 2, "sponsorContact", "A", "partnerContact", "B", "escalateAfterDays", 5),
                Map.of("level", 1, "sponsorContact", "C", "partnerContact", "D", "escalateAfterDays", 5))),
                "escalationPath[1].level");
        rejected(msa, b -> b.put("escalationPath", List.of(
                Map.of("level", 1, "sponsorContact", " ", "partnerContact", "B", "escalateAfterDays", 5))),
                "escalationPath[0].sponsorContact");
        rejected(msa, b -> b.remove("title"), "title");
        assertThat(count("SELECT count(*) FROM sow WHERE partner_id = '" + partner + "'")).isZero();
    }

    @Test
    void legalAndFinanceOwnSowsOthersReadAndSigningNeedsAFreshToken() {
        UUID partner = partner("Roles Sow Pharma", "QUALIFIED");
        String msa = executedMsa(partner);
        String quality = TestInfrastructure.get().tokens().token("u-quality").roles("quality").sign();
        given().auth().oauth2(quality).contentType(ContentType.JSON).body(sow(msa, "OTHER")).post("/sows").then()
                .statusCode(403);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).body(sow(msa, "OTHER")).post("/sows").then()
                .statusCode(403);
        String id = draftSow(sow(msa, "OTHER"));
        moveSow(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", quality).statusCode(403);
        moveSow(id, null, "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(428);
        moveSow(id, "\"9\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(412);
        moveSow(id, "\"0\"", "{\"to\":\"EXECUTED\",\"reason\":\"skip\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                legal()).statusCode(409);
        moveSow(id, "\"0\"", "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}", legal()).statusCode(200);
        String stale = TestInfrastructure.get().tokens().token("u-finance").roles("finance")
                .authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();
        moveSow(id, "\"1\"", "{\"to\":\"APPROVED\",\"reason\":\"ok\",\"signature\":{\"meaning\":\"APPROVAL\"}}", stale)
                .statusCode(401);
        moveSow(id, "\"1\"", "{\"to\":\"APPROVED\",\"reason\":\"ok\"}", finance()).statusCode(400)
                .body("errors[0].field", equalTo("signature.meaning"));
        given().auth().oauth2(viewer()).get("/sows/" + id).then().body("status", equalTo("IN_REVIEW"))
                .header("ETag", "\"1\"");
        given().auth().oauth2(viewer()).get("/sows/" + id + "/versions/1").then()
                .body("statusChanges.to", contains("IN_REVIEW"));
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnPartnersSows() {
        UUID own = partner("Own Sow Partner", "QUALIFIED");
        UUID other = partner("Other Sow Partner", "QUALIFIED");
        String ownSow = draftSow(sow(executedMsa(own), "CLINICAL"));
        String otherSow = draftSow(sow(executedMsa(other), "CLINICAL"));
        String token = com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser(own);

        given().auth().oauth2(token).get("/sows/" + ownSow).then().statusCode(200);
        given().auth().oauth2(token).get("/sows/" + otherSow).then().statusCode(404);
        given().auth().oauth2(token).get("/sows/" + otherSow + "/versions/1").then().statusCode(404);
        given().auth().oauth2(token).get("/sows/" + otherSow + "/history").then().statusCode(404);
        given().auth().oauth2(token).get("/sows/" + otherSow + "/versions/1/compare/1").then().statusCode(404);
        List<String> partners = given().auth().oauth2(token).get("/sows?size=500").then().statusCode(200)
                .extract().path("items.partnerId");
        assertThat(partners).isNotEmpty().containsOnly(own.toString());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(sow(executedMsa(own), "CLINICAL"))
                .post("/sows").then().statusCode(403);
    }

    @Test
    void executedSowsWithAPassedReviewDateAreListedAsOverdueReviews() {
        UUID partner = partner("Sow Review Ltd", "QUALIFIED");
        Map<String, Object> body = sow(executedMsa(partner), "REGULATORY");
        body.put("reviewOn", LocalDate.now().minusDays(3).toString());
        String id = draftSow(body);
        List<Map<String, Object>> before = given().auth().oauth2(viewer())
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(before).noneMatch(i -> id.equals(i.get("agreementId")));
        executeSow(id);
        List<Map<String, Object>> items = given().auth().oauth2(viewer())
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(items).filteredOn(i -> id.equals(i.get("agreementId"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("kind", "SOW").containsEntry("daysOverdue", 3)
                        .containsEntry("partnerId", partner.toString()));
        given().auth().oauth2(viewer()).get("/sows/" + id).then().body("terms.reviewOn",
                equalTo(LocalDate.now().minusDays(3).toString())).body("amendmentReason", nullValue());
    }

    @Test
    void aSuspendedPartnerFlagsItsExecutedSowsForReviewUntilLegalOrFinanceClearsTheFlag() {
        UUID partner = partner("Suspended Sow Partner", "QUALIFIED");
        String msa = executedMsa(partner);
        String executed = draftSow(sow(msa, "CLINICAL"));
        executeSow(executed);
        String drafted = draftSow(sow(msa, "CLINICAL"));

        com.partnershipgovernance.agreement.AgreementTestSupport.moveQualification(partner, "QUALIFIED",
                "DISQUALIFIED", "Data integrity failures");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/sows/" + executed).then().statusCode(200)
                        .body("flaggedForReview", equalTo(true))
                        .body("reviewFlag.reason", equalTo("Partner became DISQUALIFIED: Data integrity failures")));
        given().auth().oauth2(viewer()).get("/sows/" + drafted).then().body("flaggedForReview", equalTo(false))
                .body("reviewFlag", nullValue());
        List<Map<String, Object>> overdue = given().auth().oauth2(viewer())
                .get("/agreements/reviews-overdue?size=500").then().statusCode(200).extract().path("items");
        assertThat(overdue).filteredOn(i -> executed.equals(i.get("agreementId"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("kind", "SOW").containsEntry("flaggedForReview", true));
        given().auth().oauth2(viewer()).get("/sows/" + executed + "/history").then()
                .body("items.changes.flatten().field", hasItem("reviewFlag"));

        given().auth().oauth2(finance()).header("If-Match", sowEtag(executed)).delete("/sows/" + executed
                + "/review-flag").then().statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        clearReviewFlag("/sows/" + executed, sowEtag(executed), viewer(), "Reviewed").statusCode(403);
        clearReviewFlag("/sows/" + executed, sowEtag(executed), finance(),
                "Reviewed: work transferred to a qualified site").statusCode(204);
        given().auth().oauth2(viewer()).get("/sows/" + executed).then().body("flaggedForReview", equalTo(false));
        clearReviewFlag("/sows/" + executed, sowEtag(executed), legal(), "again").statusCode(409);
    }

    private static void rejected(String msa, java.util.function.Consumer<Map<String, Object>> spoil, String field) {
        Map<String, Object> body = sow(msa, "MANUFACTURING");
        spoil.accept(body);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(body).post("/sows").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

}
