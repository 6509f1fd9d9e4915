package com.partnershipgovernance.kpi.review;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static com.partnershipgovernance.kpi.KpiApi.partnerUser;
import static com.partnershipgovernance.kpi.KpiApi.quality;
import static com.partnershipgovernance.kpi.KpiApi.steeringCommittee;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static com.partnershipgovernance.kpi.review.Reviews.QRT;
import static com.partnershipgovernance.kpi.review.Reviews.enter;
import static com.partnershipgovernance.kpi.review.Reviews.measured;
import static com.partnershipgovernance.kpi.review.Reviews.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Steering-committee reviews of a partner whose query response time (lower is better, green up to 24 h,
 * red above 48 h) was 20 h in June 2026; the committee meets on 20 July 2026.
 */
@QuarkusTest
class SteeringCommitteeReviewTest {

    private UUID reviewed;
    private UUID other;

    @BeforeEach
    void aReviewedPartnerAndAnother() {
        reviewed = measured(knownPartner("Reviewed Research"), "2026-06=20");
        other = knownPartner("Other Organics");
    }

    @Test
    void aRecordedReviewIsRevisedThenSignedByTheChairAndNotEditedAfter() {
        String id = record(review("2026-07-20", reviewed, "2026-08-31")).statusCode(201).header("ETag", "\"0\"")
                .body("signed", equalTo(false))
                .body("attendees.organisation", contains("SPONSOR", "PARTNER"))
                .body("partnerIds", contains(reviewed.toString()))
                .body("kpiCodes", contains(QRT))
                .body("actions[0].dueOn", equalTo("2026-08-31"))
                .body("recordedByName", equalTo("u-chair"))
                .extract().path("id");

        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "action due date agreed at the meeting")
                .body(review("2026-07-20", reviewed, "2026-09-15"))
                .put("/steering-committee-reviews/" + id).then().statusCode(200)
                .body("actions[0].dueOn", equalTo("2026-09-15")).header("ETag", "\"1\"");

        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"meaning\":\"APPROVAL\"}").post("/steering-committee-reviews/" + id + "/signature").then()
                .statusCode(200).body("signed", equalTo(true))
                .body("signature.signerId", equalTo("u-chair"))
                .body("signature.meaning", equalTo("APPROVAL"))
                .body("signature.recordVersion", equalTo(1))
                .body("signature.matchesRecord", equalTo(true));

        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .header("X-Change-Reason", "late change").body(review("2026-07-20", reviewed, "2026-10-01"))
                .put("/steering-committee-reviews/" + id).then().statusCode(409);
        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"meaning\":\"REVIEW\"}").post("/steering-committee-reviews/" + id + "/signature").then()
                .statusCode(409);
        given().auth().oauth2(viewer()).get("/steering-committee-reviews/" + id).then().statusCode(200)
                .body("actions[0].dueOn", equalTo("2026-09-15")).body("signature.meaning", equalTo("APPROVAL"));

        JsonPath history = given().auth().oauth2(viewer()).get("/steering-committee-reviews/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.reason")).containsExactly("Steering-committee review of 2026-07-20 recorded",
                "action due date agreed at the meeting", "Signed by the chair (APPROVAL)");
        assertThat(history.getList("items[2].changes.field")).contains("signature");
    }

    @Test
    void theSnapshotKeepsTheDashboardAsItStoodWhileTheLiveDashboardMovesOn() {
        String id = record(review("2026-07-20", reviewed, "2026-08-31")).statusCode(201).extract().path("id");
        String tile = "dashboardSnapshot.partners[0].kpis.find { it.kpiCode == '" + QRT + "' }";

        // a measurement for July arrives after the meeting
        enter(reviewed, "2026-07", "60");

        JsonPath live = given().auth().oauth2(steeringCommittee())
                .get("/dashboards/partners/" + reviewed + "?asOf=2026-07-20").then().statusCode(200)
                .extract().jsonPath();
        String liveTile = "kpis.find { it.kpiCode == '" + QRT + "' }";
        assertThat(live.getString(liveTile + ".currentPeriod")).isEqualTo("2026-07");
        assertThat(live.getString(liveTile + ".rag")).isEqualTo("RED");

        JsonPath kept = given().auth().oauth2(steeringCommittee()).get("/steering-committee-reviews/" + id).then()
                .statusCode(200).body("dashboardSnapshot.asOf", equalTo("2026-07-20"))
                .body("dashboardSnapshot.partners[0].partner.id", equalTo(reviewed.toString()))
                .extract().jsonPath();
        assertThat(kept.getString(tile + ".currentPeriod")).isEqualTo("2026-06");
        assertThat(new BigDecimal(kept.getString(tile + ".currentValue"))).isEqualByComparingTo("20");
        assertThat(kept.getString(tile + ".rag")).isEqualTo("GREEN");
        assertThat(kept.getString(tile + ".trend.find { it.period == '2026-07' }.value")).isNull();
    }

    @Test
    void aPartnersUserReadsOnlyTheReviewsCoveringTheirPartner() {
        String id = record(review("2026-07-20", reviewed, "2026-08-31")).statusCode(201).extract().path("id");

        given().auth().oauth2(partnerUser(reviewed)).get("/steering-committee-reviews/" + id).then().statusCode(200);
        given().auth().oauth2(partnerUser(reviewed)).get("/steering-committee-reviews/" + id + "/history").then()
                .statusCode(200);
        given().auth().oauth2(partnerUser(reviewed)).get("/steering-committee-reviews?size=200").then()
                .statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(partnerUser(other)).get("/steering-committee-reviews/" + id).then().statusCode(404);
        given().auth().oauth2(partnerUser(other)).get("/steering-committee-reviews/" + id + "/history").then()
                .statusCode(404);
        given().auth().oauth2(partnerUser(other)).get("/steering-committee-reviews?partnerId=" + reviewed).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(partnerUser(other)).get("/steering-committee-reviews?size=200").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(quality()).get("/steering-committee-reviews?partnerId=" + reviewed).then()
                .statusCode(200).body("items.id", contains(id));
        given().auth().oauth2(partnerUser(reviewed)).contentType(ContentType.JSON)
                .body(review("2026-07-21", reviewed, "2026-08-31")).post("/steering-committee-reviews").then()
                .statusCode(403);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        long before = count("select count(*) from steering_committee_review");

        record(review("2026-07-20", reviewed, "2026-07-19")).statusCode(400)
                .body("errors[0].field", equalTo("actions[0].dueOn"));
        UUID unknown = UUID.randomUUID();
        record(review("2026-07-20", unknown, "2026-08-31")).statusCode(422)
                .body("errors[0].field", equalTo("partnerIds[0]"));
        record(review("2026-07-20", reviewed, "2026-08-31").replace(QRT, "NO_SUCH_KPI")).statusCode(422)
                .body("errors[0].field", equalTo("kpiCodes[0]"));
        record(review("2026-07-20", reviewed, "2026-08-31").replace("\"PARTNER\"", "\"SPONSOR\"")).statusCode(422)
                .body("errors[0].field", equalTo("attendees"));
        record(review("2026-07-20", reviewed, "2026-08-31").replace("\"heldOn\":\"2026-07-20\",", ""))
                .statusCode(400).body("errors[0].field", equalTo("heldOn"));
        record(review("2026-07-20", reviewed, "2026-08-31").replace("\"organisation\":\"PARTNER\"",
                "\"organisation\":\"VENDOR\"")).statusCode(400);

        assertThat(count("select count(*) from steering_committee_review")).isEqualTo(before);
    }

    @Test
    void aStaleTokenCannotSignAndAViewerCannotRecordOrSign() {
        String id = record(review("2026-07-20", reviewed, "2026-08-31")).statusCode(201).extract().path("id");
        String stale = TestInfrastructure.get().tokens().token("u-chair").name("Dana Chair")
                .roles("steering-committee").authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();

        given().auth().oauth2(stale).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}").post("/steering-committee-reviews/" + id + "/signature").then()
                .statusCode(401);
        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON)
                .body("{\"meaning\":\"APPROVAL\"}").post("/steering-committee-reviews/" + id + "/signature").then()
                .statusCode(428);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}").post("/steering-committee-reviews/" + id + "/signature").then()
                .statusCode(403);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON)
                .body(review("2026-07-20", reviewed, "2026-08-31")).post("/steering-committee-reviews").then()
                .statusCode(403);
        given().auth().oauth2(viewer()).get("/steering-committee-reviews/" + id).then().statusCode(200)
                .body("signed", equalTo(false)).body("signature", equalTo(null)).header("ETag", "\"0\"");
    }

    @Test
    void anActionOfASignedReviewIsCompletedOnceAndTheSignatureStillMatches() {
        String id = record(review("2026-07-20", reviewed, "2026-08-31")).statusCode(201).extract().path("id");
        String completion = "/steering-committee-reviews/" + id + "/actions/0/completion";

        complete(completion, "2026-08-30").statusCode(409);
        given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"meaning\":\"APPROVAL\"}").post("/steering-committee-reviews/" + id + "/signature").then()
                .statusCode(200);

        complete(completion, "2026-07-19").statusCode(400).body("errors[0].field", equalTo("completedOn"));
        complete("/steering-committee-reviews/" + id + "/actions/5/completion", "2026-08-30").statusCode(404);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).body("{\"completedOn\":\"2026-08-30\"}")
                .post(completion).then().statusCode(403);
        complete(completion, "2026-08-30").statusCode(200)
                .body("completions[0].actionIndex", equalTo(0))
                .body("completions[0].completedOn", equalTo("2026-08-30"))
                .body("completions[0].note", equalTo("query desk staffed"))
                .body("signature.matchesRecord", equalTo(true));
        complete(completion, "2026-08-31").statusCode(409);
        assertThat(count("select count(*) from review_action_completion_aud a join review_action_completion c "
                + "on c.id = a.id where c.review_id = '" + id + "'")).isEqualTo(1);
    }

    private static ValidatableResponse complete(String path, String on) {
        return given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON)
                .body("{\"completedOn\":\"" + on + "\",\"note\":\"query desk staffed\"}").post(path).then();
    }

    private static ValidatableResponse record(String body) {
        return given().auth().oauth2(steeringCommittee()).contentType(ContentType.JSON).body(body)
                .post("/steering-committee-reviews").then();
    }
}
