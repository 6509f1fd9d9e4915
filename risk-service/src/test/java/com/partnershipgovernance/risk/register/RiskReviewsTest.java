package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.risk.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RiskReviewsTest {

    @Inject
    TestClock clock;

    @Test
    void redRiskIsOverdueForReviewAfterAMonthUntilReviewed() {
        UUID partner = knownPartner("Overdue Review CDMO");
        String red = raise(partner, "Red, monthly", "BATCH_FAILURE_OR_OOS", 4, 4, false);
        String green = raise(partner, "Green, half-yearly", "FINANCIAL", 1, 3, false);

        clock.advanceDays(40);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/reviews-overdue")
                .then().statusCode(200).body("items.id", contains(red)).body("items[0].reviewOverdue", equalTo(true));

        String review = action("/risks/" + red + "/reviews", "\"0\"",
                "{\"decision\":\"RESCORE_NEEDED\",\"notes\":\"Second line delayed again\"}", quality())
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("score", equalTo(16)).body("rag", equalTo("RED"))
                .body("reviewedBy", equalTo("u-quality"))
                .body("reviewedOn", equalTo(clock.today().toString()))
                .body("nextReviewOn", equalTo(clock.today().plusMonths(1).toString()))
                .extract().header("Location");
        given().auth().oauth2(viewer()).get(URI.create(review).getPath()).then().statusCode(200)
                .header("ETag", "\"1\"").body("decision", equalTo("RESCORE_NEEDED")).body("riskId", equalTo(red));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks/reviews-overdue")
                .then().statusCode(200).body("items.id", not(hasItem(red))).body("total", equalTo(0));
        given().auth().oauth2(viewer()).get("/risks/" + red + "/reviews").then().statusCode(200)
                .body("items.decision", contains("RESCORE_NEEDED"));
        given().auth().oauth2(viewer()).get("/risks/" + green).then().body("reviewOverdue", equalTo(false));
    }

    @Test
    void reviewInTheFutureIsRefusedNamingReviewedOnAndNothingIsStored() {
        UUID partner = knownPartner("Future Review Pharma");
        String id = raise(partner, "Future", "OTHER", 2, 2, false);
        action("/risks/" + id + "/reviews", "\"0\"", "{\"reviewedOn\":\"" + clock.today().plusDays(1)
                + "\",\"decision\":\"NO_CHANGE\",\"notes\":\"x\"}", quality())
                .statusCode(400).body("errors.field", contains("reviewedOn"));
        action("/risks/" + id + "/reviews", null, "{\"decision\":\"NO_CHANGE\",\"notes\":\"x\"}", quality())
                .statusCode(428);
        assertThat(count("SELECT count(*) FROM risk_review WHERE risk_id = '" + id + "'")).isZero();
    }
}
