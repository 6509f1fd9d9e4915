package com.partnershipgovernance.risk.register;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.close;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.partnerUser;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.riskBody;
import static com.partnershipgovernance.risk.RiskApi.steeringCommittee;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The worked example: a partner with two risks at 4x5, one at 3x4 (residual 1x4), one at 1x2, and a
 * closed one at 5x5 that no longer counts.
 */
@QuarkusTest
class RegisterViewsTest {

    @Test
    void heatMapCountsLiveRisksPerCellWithTheTotalExposure() {
        UUID partner = workedExample();
        given().auth().oauth2(steeringCommittee()).queryParam("partnerId", partner.toString())
                .get("/risks/heat-map").then().statusCode(200)
                .body("cells", hasSize(25))
                .body("riskCount", equalTo(4))
                .body("totalExposure", equalTo(54))
                .body("cells[19].likelihood", equalTo(4)).body("cells[19].impact", equalTo(5))
                .body("cells[19].count", equalTo(2)).body("cells[19].rag", equalTo("RED"))
                .body("cells[13].likelihood", equalTo(3)).body("cells[13].impact", equalTo(4))
                .body("cells[13].count", equalTo(1)).body("cells[13].rag", equalTo("AMBER"))
                .body("cells[1].count", equalTo(1)).body("cells[1].rag", equalTo("GREEN"))
                .body("cells[24].count", equalTo(0))
                .body("cells.count.sum()", equalTo(4));
    }

    @Test
    void exposureSumsScoresAndResidualScoresAndCountsPerRag() {
        UUID partner = workedExample();
        given().auth().oauth2(steeringCommittee()).queryParam("partnerId", partner.toString())
                .get("/risks/exposure").then().statusCode(200)
                .body("riskCount", equalTo(4))
                .body("totalExposure", equalTo(20 + 20 + 12 + 2))
                .body("residualExposure", equalTo(20 + 20 + 4 + 2))
                .body("byRag.RED", equalTo(2)).body("byRag.AMBER", equalTo(1)).body("byRag.GREEN", equalTo(1));
    }

    @Test
    void topRisksAreTheHighestLiveScoresOldestFirstAmongEquals() {
        UUID partner = knownPartner("Top Risk Therapeutics");
        String first = raise(partner, "First 20", "OTHER", 4, 5, false);
        String second = raise(partner, "Second 20", "OTHER", 5, 4, false);
        raise(partner, "Twelve", "OTHER", 3, 4, false);
        String closed = raise(partner, "Closed 25", "OTHER", 5, 5, false);
        close(closed, "Gone");
        given().auth().oauth2(steeringCommittee()).queryParam("partnerId", partner.toString())
                .queryParam("limit", 2).get("/risks/top").then().statusCode(200)
                .body("items.id", contains(first, second));
        given().auth().oauth2(steeringCommittee()).queryParam("limit", 0).get("/risks/top").then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void partnerUserViewsCountOnlyTheirJointRisks() {
        UUID partner = knownPartner("Scoped Views CRO");
        raise(partner, "Joint", "OTHER", 4, 5, true);
        raise(partner, "Sponsor only", "OTHER", 5, 5, false);
        given().auth().oauth2(partnerUser(partner)).get("/risks/heat-map").then().statusCode(200)
                .body("riskCount", equalTo(1)).body("totalExposure", equalTo(20));
        given().auth().oauth2(partnerUser(partner)).get("/risks/exposure").then().statusCode(200)
                .body("riskCount", equalTo(1));
    }

    private static UUID workedExample() {
        UUID partner = knownPartner("Worked Example Biologics");
        raise(partner, "Batch failure A", "BATCH_FAILURE_OR_OOS", 4, 5, false);
        raise(partner, "Batch failure B", "BATCH_FAILURE_OR_OOS", 4, 5, true);
        raise(riskBody(partner, "Enrolment", "CLINICAL_DELAY_OR_LOW_ENROLMENT", 3, 4, false)
                .replace("}", ",\"residualLikelihood\":1,\"residualImpact\":4}"), quality()).statusCode(201);
        raise(partner, "Invoice dispute", "FINANCIAL", 1, 2, false);
        String closed = raise(partner, "Closed disaster", "OTHER", 5, 5, false);
        close(closed, "Product discontinued");
        return partner;
    }
}
