package com.partnershipgovernance.kpi.security;

import com.partnershipgovernance.kpi.review.Reviews;
import com.partnershipgovernance.platform.testing.security.AuditTrailProtection;
import com.partnershipgovernance.platform.testing.security.SecuritySweepContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.knownPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The security sweep of kpi-service (CONVENTIONS.md "Security and GMP data integrity"), driven
 * from its OpenAPI document: tokens, partner scope, the role matrix, mass assignment, audit tables.
 */
@QuarkusTest
class SecuritySweepTest extends SecuritySweepContract {

    private static final Set<String> FUNCTIONS = Set.of("quality", "regulatory", "legal", "finance", "supply-chain",
            "clinical", "rnd");
    private static final Set<String> QUALITY = Set.of("quality");
    private static final Set<String> COMMITTEE = Set.of("steering-committee");

    /** Who owns each write: quality the KPI catalogue and thresholds, the functions measurements, the committee its reviews. */
    private static final Map<String, Set<String>> WRITERS = Map.ofEntries(
            Map.entry("POST /kpi-definitions", QUALITY),
            Map.entry("PUT /kpi-definitions/{code}", QUALITY),
            Map.entry("POST /kpi-definitions/{code}/thresholds", QUALITY),
            Map.entry("POST /thresholds/{id}/end", QUALITY),
            Map.entry("POST /measurements", FUNCTIONS),
            Map.entry("POST /measurements/import", FUNCTIONS),
            Map.entry("PUT /measurements/{id}", FUNCTIONS),
            Map.entry("POST /steering-committee-reviews", COMMITTEE),
            Map.entry("PUT /steering-committee-reviews/{id}", COMMITTEE),
            Map.entry("POST /steering-committee-reviews/{id}/signature", COMMITTEE),
            Map.entry("POST /steering-committee-reviews/{id}/actions/{index}/completion", COMMITTEE));

    @Inject
    DataSource dataSource;

    @Override
    protected Map<String, Set<String>> writers() {
        return WRITERS;
    }

    @Override
    protected UUID ownPartner() {
        return knownPartner("Own Partner Research");
    }

    @Override
    protected Map<String, String> recordsOfAnotherPartner() {
        return PartnerWithRecords.create("Foreign Partner Research").idsByCollection();
    }

    @Test
    void fieldsACallerMayNotSetAreNotStored() {
        UUID partner = knownPartner("Assigned Measures Ltd");
        UUID chosenId = UUID.randomUUID();
        String id = given().auth().oauth2(token("finance")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + chosenId + "\",\"version\":4,\"createdAt\":\"2001-01-01T00:00:00Z\","
                        + "\"enteredBy\":\"mallory\",\"kpiCode\":\"" + Reviews.QRT + "\",\"partnerId\":\"" + partner
                        + "\",\"period\":\"2026-03\",\"value\":30,\"source\":\"MANUAL\"}")
                .post("/measurements").then().statusCode(201).header("ETag", "\"0\"")
                .body("id", not(equalTo(chosenId.toString()))).extract().path("id");
        given().auth().oauth2(token("viewer")).get("/measurements/" + chosenId).then().statusCode(404);
        given().auth().oauth2(token("viewer")).get("/measurements/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].by", equalTo("u-finance"));
    }

    @Test
    void theServiceRoleCannotChangeTheAuditTrailButWritesStillWork() throws Exception {
        UUID partner = knownPartner("Audited Measures Ltd");
        String id = given().auth().oauth2(token("finance")).contentType(ContentType.JSON)
                .body("{\"kpiCode\":\"" + Reviews.QRT + "\",\"partnerId\":\"" + partner
                        + "\",\"period\":\"2026-04\",\"value\":30,\"source\":\"MANUAL\"}")
                .post("/measurements").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("viewer")).get("/measurements/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(1));
        AuditTrailProtection.assertAuditTablesRefuseUpdateAndDelete(dataSource);
    }
}
