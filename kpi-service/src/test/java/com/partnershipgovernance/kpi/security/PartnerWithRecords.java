package com.partnershipgovernance.kpi.security;

import com.partnershipgovernance.kpi.KpiApi;
import com.partnershipgovernance.kpi.review.Reviews;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep.PartnerRecords;
import io.restassured.http.ContentType;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A partner with one record of each kind partner users may read, for the security and isolation sweeps. */
final class PartnerWithRecords {

    private PartnerWithRecords() {
    }

    /** A partner kpi-service heard of, with QRT thresholds, a measurement and a steering-committee review of its own. */
    static PartnerRecords create(String legalName) {
        UUID partner = KpiApi.knownPartner(legalName);
        String threshold = post("quality", "/kpi-definitions/" + Reviews.QRT + "/thresholds", "{\"partnerId\":\""
                + partner + "\",\"target\":24,\"greenThreshold\":24,\"redThreshold\":48,\"validFrom\":\"2026-01-01\"}");
        String measurement = post("finance", "/measurements", "{\"kpiCode\":\"" + Reviews.QRT + "\",\"partnerId\":\""
                + partner + "\",\"period\":\"2026-05\",\"value\":30,\"source\":\"INTEGRATION\"}");
        String review = post("steering-committee", "/steering-committee-reviews",
                Reviews.review("2026-07-21", partner, "2026-08-31"));
        return PartnerRecords.of(partner).with("thresholds", threshold).with("measurements", measurement)
                .with("steering-committee-reviews", review);
    }

    private static String post(String role, String path, String body) {
        return given().auth().oauth2(TestInfrastructure.get().tokens().token("u-" + role).roles(role).sign())
                .contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}
