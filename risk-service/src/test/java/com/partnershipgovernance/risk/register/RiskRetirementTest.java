package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.risk.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.etag;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.partnerUser;
import static com.partnershipgovernance.risk.RiskApi.qualificationChanged;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Risks are retired, never deleted: DELETE retires with If-Match and a reason; the risk keeps its history. */
@QuarkusTest
class RiskRetirementTest {

    @Inject
    TestClock clock;

    @Test
    void retiredRiskLeavesOverdueMitigationsAndReviewsOverdue() {
        UUID partner = knownPartner("Retire Queues CDMO");
        String kept = raise(partner, "Kept red risk", "SUPPLY_CHAIN_DISRUPTION", 4, 5, false);
        String retired = raise(partner, "Retired red risk", "SUPPLY_CHAIN_DISRUPTION", 4, 5, false);
        String plan = "{\"description\":\"Qualify second line\",\"ownerSide\":\"SPONSOR\","
                + "\"ownerName\":\"Dana Supply\",\"dueOn\":\"" + clock.today().plusDays(10) + "\"}";
        String keptAction = action("/risks/" + kept + "/mitigations", null, plan, quality()).statusCode(201)
                .extract().path("id");
        action("/risks/" + retired + "/mitigations", null, plan, quality()).statusCode(201);
        retire(retired, etag(retired), "Duplicate of the kept risk", quality()).statusCode(204);

        clock.advanceDays(40);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/mitigations/overdue")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(keptAction));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/reviews-overdue")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(kept));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/top").then()
                .statusCode(200).body("items.id", contains(kept));
    }

    @Test
    void retiringNeedsIfMatchReasonAndASponsorWriterAndKeepsTheRiskWithItsHistory() {
        UUID partner = knownPartner("Retire CDMO");
        String risk = raise(partner, "Duplicate of R-12", "OTHER", 2, 3, true);

        retire(risk, null, "Duplicate of R-12", quality()).statusCode(428);
        retire(risk, "\"0\"", null, quality()).statusCode(400).body("errors.field", contains("X-Change-Reason"));
        retire(risk, "\"3\"", "Duplicate of R-12", quality()).statusCode(412);
        retire(risk, "\"0\"", "Duplicate of R-12", viewer()).statusCode(403);
        retire(risk, "\"0\"", "Duplicate of R-12", partnerUser(partner)).statusCode(403);
        given().auth().oauth2(viewer()).get("/risks/" + risk).then().statusCode(200).header("ETag", "\"0\"");

        retire(risk, "\"0\"", "Duplicate of R-12", quality()).statusCode(204);
        assertThat(count("SELECT count(*) FROM risk WHERE id = '" + risk + "'")).isEqualTo(1);

        given().auth().oauth2(viewer()).get("/risks/" + risk).then().statusCode(404);
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/history").then().statusCode(404);
        given().auth().oauth2(viewer()).queryParam("includeRetired", true).get("/risks/" + risk).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("retiredReason", equalTo("Duplicate of R-12"))
                .body("retiredBy", equalTo("u-quality"))
                .body("retiredAt", notNullValue())
                .body("score", equalTo(6));
        given().auth().oauth2(viewer()).queryParam("includeRetired", true).get("/risks/" + risk + "/history")
                .then().statusCode(200)
                .body("items.reason", hasItem("Duplicate of R-12"))
                .body("items.size()", equalTo(2));
        given().auth().oauth2(viewer()).queryParam("includeRetired", true).get("/risks/" + risk + "/score-history")
                .then().statusCode(200).body("items.size()", equalTo(1));
        // a retired risk is changed no further, and not retired twice
        retire(risk, "\"1\"", "Again", quality()).statusCode(404);
        given().auth().oauth2(quality()).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"likelihood\":5,\"impact\":5,\"reason\":\"Worse\"}").post("/risks/" + risk + "/score")
                .then().statusCode(404);
    }

    @Test
    void partnerUserCannotReachARetiredJointRisk() {
        UUID partner = knownPartner("Retire Scope CRO");
        String risk = raise(partner, "Retired joint risk", "OTHER", 2, 2, true);
        given().auth().oauth2(partnerUser(partner)).get("/risks/" + risk).then().statusCode(200);
        retire(risk, "\"0\"", "Raised against the wrong study", quality()).statusCode(204);
        given().auth().oauth2(partnerUser(partner)).get("/risks/" + risk).then().statusCode(404);
        given().auth().oauth2(partnerUser(partner)).queryParam("includeRetired", true).get("/risks/" + risk)
                .then().statusCode(200);
        given().auth().oauth2(partnerUser(UUID.randomUUID())).queryParam("includeRetired", true)
                .get("/risks/" + risk).then().statusCode(404);
        given().auth().oauth2(partnerUser(partner)).get("/risks").then().body("total", equalTo(0));
    }

    @Test
    void retiredRiskLeavesListsHeatMapAndExposure() {
        UUID partner = knownPartner("Retire Views CDMO");
        raise(partner, "Stays", "FINANCIAL", 3, 4, false);
        String retired = raise(partner, "Goes", "FINANCIAL", 4, 5, false);
        retire(retired, "\"0\"", "Merged into the financial risk", quality()).statusCode(204);

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1)).body("items[0].title", equalTo("Stays"));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/heat-map").then()
                .statusCode(200).body("riskCount", equalTo(1)).body("totalExposure", equalTo(12))
                .body("cells[19].count", equalTo(0));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/exposure").then()
                .statusCode(200).body("riskCount", equalTo(1)).body("totalExposure", equalTo(12));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).queryParam("months", 1)
                .get("/risks/exposure/trend").then().statusCode(200)
                .body("items[0].totalExposure", equalTo(12)).body("items[0].riskCount", equalTo(1));
    }

    @Test
    void rulesRaiseANewRiskRatherThanReScoringARetiredOne() {
        UUID partner = knownPartner("Retire Rules CRO");
        String retired = raise(partner, "Old compliance risk", "PARTNER_COMPLIANCE", 2, 2, false);
        retire(retired, "\"0\"", "Superseded", quality()).statusCode(204);

        String event = qualificationChanged(partner, "QUALIFIED", "SUSPENDED").with("reason", "Audit findings").send();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + event + "'") == 1);

        given().auth().oauth2(viewer()).queryParam("includeRetired", true).get("/risks/" + retired).then()
                .body("score", equalTo(4)).header("ETag", "\"1\"");
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1))
                .body("items[0].id", org.hamcrest.Matchers.not(equalTo(retired)))
                .body("items[0].score", equalTo(16))
                .body("items[0].causeEventId", equalTo(event));
    }

    private static ValidatableResponse retire(String risk, String ifMatch, String reason, String token) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (reason != null) {
            request = request.header("X-Change-Reason", reason);
        }
        return request.delete("/risks/" + risk).then();
    }
}
