package com.partnershipgovernance.risk.register;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.close;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.steeringCommittee;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The exposure trend is read back from the audit trail: re-scores and closures count from when they happened. */
@QuarkusTest
class ExposureTrendTest {

    @Test
    void currentMonthCarriesTodaysLiveScoresAndEarlierMonthsNothingRaisedSince() {
        UUID partner = knownPartner("Trend Therapeutics");
        String rescored = raise(partner, "Rescored", "OTHER", 2, 3, false);
        raise(partner, "Steady", "FINANCIAL", 3, 4, false);
        String closed = raise(partner, "Closed", "OTHER", 5, 5, false);
        action("/risks/" + rescored + "/score", "\"0\"", "{\"likelihood\":4,\"impact\":4,\"reason\":\"Worse\"}",
                quality()).statusCode(200);
        close(closed, "Gone");

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        given().auth().oauth2(steeringCommittee()).queryParam("partnerId", partner.toString())
                .queryParam("months", 3).get("/risks/exposure/trend").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[2].month", equalTo(now.toString()))
                .body("items[2].totalExposure", equalTo(16 + 12))
                .body("items[2].riskCount", equalTo(2))
                .body("items[1].month", equalTo(now.minusMonths(1).toString()))
                .body("items[1].totalExposure", equalTo(0))
                .body("items[0].riskCount", equalTo(0));
        given().auth().oauth2(steeringCommittee()).queryParam("months", 0).get("/risks/exposure/trend").then()
                .statusCode(400);
    }
}
