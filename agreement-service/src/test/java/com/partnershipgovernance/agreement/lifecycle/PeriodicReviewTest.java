package com.partnershipgovernance.agreement.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.execute;
import static com.partnershipgovernance.agreement.AgreementTestSupport.finance;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.draftQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.executeQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.quality;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.qualityAgreement;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.draftSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executeSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedMsa;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Routine periodic reviews of executed MSAs, SOWs and quality agreements ({@code POST .../reviews}). */
@QuarkusTest
class PeriodicReviewTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aReviewOfAnOverdueMsaMovesItsReviewDateOffTheOverdueListAndIntoItsHistory() {
        UUID partner = partner("Reviewed Biologics", "QUALIFIED");
        String id = executedMsaReviewedOn(partner, TODAY.minusDays(5));
        assertThat(overdueIds(viewer())).contains(id);
        LocalDate next = TODAY.plusYears(1);

        review("/msas/" + id, legal(), "{\"outcome\":\"CONTINUE_AS_IS\",\"comments\":\"KPIs on target\","
                + "\"nextReviewOn\":\"" + next + "\"}").statusCode(200)
                .header("ETag", equalTo(etag("/msas/" + id)))
                .body("agreementId", equalTo(id))
                .body("kind", equalTo("MSA"))
                .body("version", equalTo(1))
                .body("outcome", equalTo("CONTINUE_AS_IS"))
                .body("comments", equalTo("KPIs on target"))
                .body("previousReviewOn", equalTo(TODAY.minusDays(5).toString()))
                .body("nextReviewOn", equalTo(next.toString()))
                .body("reviewedBy", equalTo("u-legal"))
                .body("reviewedByName", equalTo("Lee Legal"));

        given().auth().oauth2(viewer()).get("/msas/" + id).then().statusCode(200)
                .body("reviewOn", equalTo(next.toString()))
                .body("status", equalTo("EXECUTED"));
        assertThat(overdueIds(viewer())).doesNotContain(id);
        given().auth().oauth2(partnerUser(partner)).get("/msas/" + id + "/reviews").then().statusCode(200)
                .body("agreementId", equalTo(id))
                .body("items", hasSize(1))
                .body("items[0].outcome", equalTo("CONTINUE_AS_IS"));
        given().auth().oauth2(viewer()).get("/msas/" + id + "/history").then().statusCode(200)
                .body("items[-1].by", equalTo("u-legal"))
                .body("items[-1].changes.field", hasItems("reviews[1].outcome", "reviews[1].nextReviewOn",
                        "versions[1].nextReviewOn"));
        // the review reschedules the version in force without touching what was signed
        given().auth().oauth2(viewer()).get("/msas/" + id + "/versions/1").then().statusCode(200)
                .body("reviewOn", equalTo(next.toString()))
                .body("statusChanges.findAll { it.signature != null }.signature.matchesRecord",
                        everyItem(equalTo(true)));
    }

    @Test
    void theNextReviewMustBeAfterTodayAndNothingIsStoredOtherwise() {
        String id = executedMsaReviewedOn(partner("Too Soon Pharma", "QUALIFIED"), TODAY.minusDays(5));
        String etag = etag("/msas/" + id);

        for (LocalDate next : List.of(TODAY, TODAY.minusDays(1))) {
            review("/msas/" + id, legal(), "{\"outcome\":\"CONTINUE_AS_IS\",\"nextReviewOn\":\"" + next + "\"}")
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("nextReviewOn"));
        }
        review("/msas/" + id, legal(), "{\"outcome\":\"CONTINUE_AS_IS\"}").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("nextReviewOn"));
        review("/msas/" + id, legal(), "{\"outcome\":\"MAYBE\",\"nextReviewOn\":\"" + TODAY.plusDays(90) + "\"}")
                .statusCode(400);

        assertThat(etag("/msas/" + id)).isEqualTo(etag);
        assertThat(count("SELECT count(*) FROM agreement_review WHERE agreement_id = '" + id + "'")).isZero();
        assertThat(overdueIds(viewer())).contains(id);
    }

    @Test
    void onlyAnExecutedAgreementIsReviewedByItsOwnersUnderItsETag() {
        UUID partner = partner("Draft Only Labs", "QUALIFIED");
        String draftId = draft(msa(partner));
        String body = "{\"outcome\":\"CONTINUE_AS_IS\",\"nextReviewOn\":\"" + TODAY.plusDays(180) + "\"}";

        review("/msas/" + draftId, legal(), body).statusCode(409).contentType("application/problem+json");

        String executed = executedMsaReviewedOn(partner, TODAY.plusDays(3));
        review("/msas/" + executed, finance(), body).statusCode(403);
        review("/msas/" + executed, partnerUser(partner), body).statusCode(403);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(body)
                .post("/msas/" + executed + "/reviews").then().statusCode(428);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .post("/msas/" + executed + "/reviews").then().statusCode(412);
        given().auth().oauth2(partnerUser(UUID.randomUUID())).get("/msas/" + executed + "/reviews").then()
                .statusCode(404);
        assertThat(count("SELECT count(*) FROM agreement_review WHERE agreement_id IN ('" + draftId + "', '"
                + executed + "')")).isZero();
    }

    @Test
    void sowsAreReviewedByLegalOrFinanceAndQualityAgreementsByQuality() {
        UUID partner = partner("Reviewed Everything GmbH", "QUALIFIED");
        Map<String, Object> sowBody = sow(executedMsa(partner), "MANUFACTURING");
        sowBody.put("reviewOn", TODAY.minusDays(2).toString());
        String sowId = draftSow(sowBody);
        executeSow(sowId);
        Map<String, Object> qaBody = qualityAgreement(partner);
        qaBody.put("reviewOn", TODAY.minusDays(1).toString());
        String qaId = draftQualityAgreement(qaBody);
        executeQualityAgreement(qaId);
        assertThat(overdueIds(viewer())).contains(sowId, qaId);
        String body = "{\"outcome\":\"AMENDMENT_REQUIRED\",\"comments\":\"Scope grew\",\"nextReviewOn\":\""
                + TODAY.plusMonths(6) + "\"}";

        review("/sows/" + sowId, quality(), body).statusCode(403);
        review("/sows/" + sowId, finance(), body).statusCode(200).body("kind", equalTo("SOW"))
                .body("reviewedBy", equalTo("u-finance"));
        review("/quality-agreements/" + qaId, legal(), body).statusCode(403);
        review("/quality-agreements/" + qaId, quality(), body).statusCode(200)
                .body("kind", equalTo("QUALITY_AGREEMENT")).body("outcome", equalTo("AMENDMENT_REQUIRED"));

        assertThat(overdueIds(viewer())).doesNotContain(sowId, qaId);
        given().auth().oauth2(viewer()).get("/sows/" + sowId).then().statusCode(200)
                .body("terms.reviewOn", equalTo(TODAY.plusMonths(6).toString()));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + qaId).then().statusCode(200)
                .body("reviewOn", equalTo(TODAY.plusMonths(6).toString()));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + qaId + "/reviews").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(viewer()).get("/sows/" + sowId + "/history").then().statusCode(200)
                .body("items[-1].changes.field", hasItem("reviews[1].outcome"));
    }

    private static String executedMsaReviewedOn(UUID partner, LocalDate reviewOn) {
        Map<String, Object> body = msa(partner);
        body.put("reviewOn", reviewOn.toString());
        String id = draft(body);
        execute(id);
        return id;
    }

    private static ValidatableResponse review(String agreement, String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(agreement))
                .body(body).post(agreement + "/reviews").then();
    }

    private static String etag(String agreement) {
        return given().auth().oauth2(viewer()).get(agreement).then().statusCode(200).extract().header("ETag");
    }

    private static List<String> overdueIds(String token) {
        List<Map<String, Object>> items = given().auth().oauth2(token).get("/agreements/reviews-overdue?size=500")
                .then().statusCode(200).extract().path("items");
        return items.stream().map(i -> (String) i.get("agreementId")).toList();
    }
}
