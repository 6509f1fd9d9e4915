package com.partnershipgovernance.kpi.security;

import com.partnershipgovernance.kpi.review.Reviews;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep.PartnerRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static io.restassured.RestAssured.given;

/**
 * Partner isolation over every read of kpi-service's API, with no line per endpoint: two partners' thresholds,
 * measurements and steering-committee reviews are recorded, and a partner user of one sees none of the other's.
 */
@QuarkusTest
class PartnerIsolationTest {

    @Test
    void aPartnerUserSeesNothingOfAnotherPartnerInAnyRead() {
        PartnerIsolationSweep.of(TestInfrastructure.get().tokens())
                .assertIsolated(recordsOf("Isolated Own Biologics"), recordsOf("Isolated Other Biologics"));
    }

    /** A partner with a threshold, a measurement and a steering-committee review of its own. */
    private static PartnerRecords recordsOf(String legalName) {
        UUID partner = knownPartner(legalName);
        String threshold = create("quality", "/kpi-definitions/" + Reviews.QRT + "/thresholds", "{\"partnerId\":\""
                + partner + "\",\"target\":24,\"greenThreshold\":24,\"redThreshold\":48,\"validFrom\":\"2026-01-01\"}");
        String measurement = create("finance", "/measurements", "{\"kpiCode\":\"" + Reviews.QRT + "\",\"partnerId\":\""
                + partner + "\",\"period\":\"2026-05\",\"value\":30,\"source\":\"INTEGRATION\"}");
        String review = create("steering-committee", "/steering-committee-reviews",
                Reviews.review("2026-07-21", partner, "2026-08-31"));
        return PartnerRecords.of(partner).with("kpi-definitions", Reviews.QRT).with("thresholds", threshold)
                .with("measurements", measurement).with("steering-committee-reviews", review);
    }

    private static String create(String role, String path, String body) {
        return given().auth().oauth2(TestInfrastructure.get().tokens().token("u-" + role).roles(role).sign())
                .contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}
