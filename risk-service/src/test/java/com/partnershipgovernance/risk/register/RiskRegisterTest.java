package com.partnershipgovernance.risk.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.etag;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.riskBody;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RiskRegisterTest {

    @Test
    void raisedRiskIsOpenScoredWithRagAndReviewDateAndReadableWithItsEtag() {
        UUID partner = knownPartner("Register Biologics");
        String id = raise(riskBody(partner, "Fill line capacity", "SUPPLY_CHAIN_DISRUPTION", 4, 5, true), quality())
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("score", equalTo(20))
                .body("rag", equalTo("RED"))
                .body("reviewFrequency", equalTo("MONTHLY"))
                .body("nextReviewOn", equalTo(today().plusMonths(1).toString()))
                .body("raisedBy", equalTo("u-quality"))
                .body("causeEventId", nullValue())
                .extract().path("id");

        given().auth().oauth2(viewer()).get("/risks/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Fill line capacity"))
                .body("partnerId", equalTo(partner.toString()))
                .body("joint", equalTo(true));
    }

    @Test
    void likelihoodZeroOrSixIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID partner = knownPartner("Bad Input Pharma");
        raise(riskBody(partner, "Zero likelihood", "OTHER", 0, 3, false), quality()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("likelihood"));
        raise(riskBody(partner, "Six impact", "OTHER", 3, 6, false), quality()).statusCode(400)
                .body("errors.field", contains("impact"));
        assertNothingStoredFor(partner);
    }

    @Test
    void halfAResidualScoreIsRefusedNamingTheMissingField() {
        UUID partner = knownPartner("Residual Labs");
        String body = riskBody(partner, "Residual", "OTHER", 3, 3, false).replace("}", ",\"residualImpact\":2}");
        raise(body, quality()).statusCode(400).body("errors.field", contains("residualLikelihood"));
        assertNothingStoredFor(partner);
    }

    @Test
    void unknownPartnerIsRefusedWith422NamingPartnerIdAndNothingIsStored() {
        UUID stranger = UUID.randomUUID();
        raise(riskBody(stranger, "Stranger", "OTHER", 2, 2, false), quality()).statusCode(422)
                .body("errors.field", contains("partnerId"));
        assertNothingStoredFor(stranger);
    }

    @Test
    void rescoreNeedsIfMatchKeepsTheScoreHistoryWithReasonAndTheAuditTrail() {
        UUID partner = knownPartner("Rescore CDMO");
        String id = raise(partner, "OOS trend", "BATCH_FAILURE_OR_OOS", 2, 3, false);
        String rescore = "{\"likelihood\":4,\"impact\":4,\"reason\":\"Second OOS in a quarter\"}";

        action("/risks/" + id + "/score", null, rescore, quality()).statusCode(428);
        action("/risks/" + id + "/score", "\"7\"", rescore, quality()).statusCode(412);
        action("/risks/" + id + "/score", "\"0\"", rescore, quality()).statusCode(200)
                .header("ETag", "\"1\"")
                .body("score", equalTo(16)).body("rag", equalTo("RED"))
                .body("nextReviewOn", equalTo(today().plusMonths(1).toString()));

        given().auth().oauth2(viewer()).get("/risks/" + id + "/score-history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].score", equalTo(6)).body("items[0].previousScore", nullValue())
                .body("items[1].previousScore", equalTo(6)).body("items[1].score", equalTo(16))
                .body("items[1].reason", equalTo("Second OOS in a quarter"))
                .body("items[1].changedByName", equalTo("Quinn Quality"));
        given().auth().oauth2(viewer()).get("/risks/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].reason", equalTo("Second OOS in a quarter"))
                .body("items[1].by", equalTo("u-quality"))
                .body("items[1].changes.field", hasItem("likelihood"));
    }

    @Test
    void lifecycleMovesNeedAReasonAndAnIllegalMoveAnswers409() {
        UUID partner = knownPartner("Lifecycle Research");
        String id = raise(partner, "Enrolment slow", "CLINICAL_DELAY_OR_LOW_ENROLMENT", 3, 3, false);

        action("/risks/" + id + "/status", "\"0\"", "{\"to\":\"CLOSED\"}", quality()).statusCode(400)
                .body("errors.field", contains("reason"));
        action("/risks/" + id + "/status", "\"0\"", "{\"to\":\"CLOSED\",\"reason\":\"Sites activated\"}", quality())
                .statusCode(200).body("status", equalTo("CLOSED")).body("nextReviewOn", nullValue());
        action("/risks/" + id + "/status", "\"1\"", "{\"to\":\"MITIGATING\",\"reason\":\"x\"}", quality())
                .statusCode(409);
        action("/risks/" + id + "/score", "\"1\"", "{\"likelihood\":4,\"impact\":4,\"reason\":\"x\"}", quality())
                .statusCode(409);
        action("/risks/" + id + "/status", "\"1\"", "{\"to\":\"OPEN\",\"reason\":\"Sites closed again\"}", quality())
                .statusCode(200).body("status", equalTo("OPEN"))
                .body("statusReason", equalTo("Sites closed again"));
    }

    @Test
    void revisionNeedsAChangeReasonAndKeepsPartnerAndScore() {
        UUID partner = knownPartner("Revision Biotech");
        String id = raise(partner, "Staff turnover", "PARTNER_CAPACITY_OR_TURNOVER", 3, 4, false);
        String revision = "{\"title\":\"Key scientist turnover\",\"category\":\"PARTNER_CAPACITY_OR_TURNOVER\","
                + "\"ownerSide\":\"PARTNER\",\"ownerName\":\"Pat Partner\",\"joint\":true,"
                + "\"residualLikelihood\":2,\"residualImpact\":3,\"reviewFrequency\":\"MONTHLY\"}";

        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revision)
                .put("/risks/" + id).then().statusCode(400).body("errors.field", contains("X-Change-Reason"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "Partner owns the retention plan").body(revision)
                .put("/risks/" + id).then().statusCode(200)
                .body("title", equalTo("Key scientist turnover"))
                .body("ownerSide", equalTo("PARTNER"))
                .body("residualScore", equalTo(6)).body("residualRag", equalTo("GREEN"))
                .body("score", equalTo(12))
                .body("reviewFrequency", equalTo("MONTHLY")).body("reviewFrequencyOverridden", equalTo(true))
                .body("nextReviewOn", equalTo(today().plusMonths(1).toString()));
        given().auth().oauth2(viewer()).get("/risks/" + id + "/history").then()
                .body("items[1].reason", equalTo("Partner owns the retention plan"));
    }

    @Test
    void idempotencyKeyRaisesTheRiskOnce() {
        UUID partner = knownPartner("Retry ERP Integration");
        String body = riskBody(partner, "Retried", "FINANCIAL", 2, 2, false);
        String first = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "erp-" + partner).body(body).post("/risks").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "erp-" + partner).body(body).post("/risks").then().statusCode(201)
                .body("id", equalTo(first));
        org.assertj.core.api.Assertions.assertThat(
                count("SELECT count(*) FROM risk WHERE partner_id = '" + partner + "'")).isEqualTo(1);
    }

    @Test
    void listFiltersByPartnerCategoryAndStatusHighestScoreFirst() {
        UUID partner = knownPartner("Filter Pharma");
        String low = raise(partner, "Low", "FINANCIAL", 1, 2, false);
        String high = raise(partner, "High", "FINANCIAL", 5, 4, false);
        raise(partner, "Other category", "OTHER", 5, 5, false);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).queryParam("category", "FINANCIAL")
                .get("/risks").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(high, low));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).queryParam("status", "CLOSED")
                .get("/risks").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(viewer()).queryParam("category", "NOT_A_CATEGORY").get("/risks").then()
                .statusCode(400);
        etag(high);
    }

    private static void assertNothingStoredFor(UUID partner) {
        org.assertj.core.api.Assertions.assertThat(
                count("SELECT count(*) FROM risk WHERE partner_id = '" + partner + "'")).isZero();
        org.assertj.core.api.Assertions.assertThat(count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%"
                + partner + "%'")).isZero();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
