package com.partnershipgovernance.partner.security;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The security sweep of partner-service (CONVENTIONS.md "Security and GMP data integrity"), driven
 * from its OpenAPI document: tokens, partner scope, the role matrix, mass assignment, audit tables.
 */
@QuarkusTest
class SecuritySweepTest extends SecuritySweepContract {

    private static final Set<String> FUNCTIONS = Set.of("rnd", "quality", "regulatory", "legal", "finance",
            "supply-chain", "clinical");
    private static final Set<String> QUALITY = Set.of("quality");
    private static final Set<String> QUALITY_SUPPLY = Set.of("quality", "supply-chain");

    /** Who owns each write (README "partner-service"); admin owns everything. */
    private static final Map<String, Set<String>> WRITERS = Map.ofEntries(
            Map.entry("POST /partners", QUALITY_SUPPLY),
            Map.entry("PUT /partners/{id}", QUALITY_SUPPLY),
            Map.entry("DELETE /partners/{id}", QUALITY_SUPPLY),
            Map.entry("POST /partners/{id}/qualification", QUALITY),
            Map.entry("POST /partners/{partnerId}/sites", QUALITY),
            Map.entry("PUT /partners/{partnerId}/sites/{siteId}", QUALITY),
            Map.entry("POST /partners/{partnerId}/sites/{siteId}/certificates", QUALITY),
            Map.entry("PUT /partners/{partnerId}/sites/{siteId}/certificates/{certificateId}", QUALITY),
            Map.entry("POST /partners/{partnerId}/inspections", QUALITY),
            Map.entry("PUT /partners/{partnerId}/inspections/{id}", QUALITY),
            Map.entry("DELETE /partners/{partnerId}/inspections/{id}", QUALITY),
            Map.entry("POST /partners/{partnerId}/regulatory-submissions", Set.of("regulatory", "quality")),
            Map.entry("PUT /partners/{partnerId}/regulatory-submissions/{id}", Set.of("regulatory", "quality")),
            Map.entry("DELETE /partners/{partnerId}/regulatory-submissions/{id}", Set.of("regulatory", "quality")),
            Map.entry("POST /partners/{partnerId}/team", QUALITY_SUPPLY),
            Map.entry("PUT /partners/{partnerId}/team/{id}", QUALITY_SUPPLY),
            Map.entry("POST /partners/{partnerId}/team/{id}/departure", QUALITY_SUPPLY),
            Map.entry("POST /partners/{partnerId}/continuity-notes", QUALITY_SUPPLY),
            Map.entry("POST /partners/{partnerId}/audits", QUALITY),
            Map.entry("PUT /audits/{id}", QUALITY),
            Map.entry("POST /audits/{id}/perform", QUALITY),
            Map.entry("POST /audits/{id}/close", QUALITY),
            Map.entry("POST /audits/{id}/cancel", QUALITY),
            Map.entry("POST /audits/{auditId}/findings", QUALITY),
            Map.entry("PUT /audits/{auditId}/findings/{findingId}", QUALITY),
            Map.entry("POST /audits/{auditId}/findings/{findingId}/close", QUALITY),
            Map.entry("POST /audits/{auditId}/findings/{findingId}/reject-response", QUALITY),
            // the partner's users answer their own findings
            Map.entry("POST /audits/{auditId}/findings/{findingId}/response", Set.of("quality", "partner-user")),
            Map.entry("POST /scorecard-templates", FUNCTIONS),
            Map.entry("PUT /scorecard-templates/{id}", FUNCTIONS),
            Map.entry("POST /selections", FUNCTIONS),
            Map.entry("POST /selections/{id}/scores", FUNCTIONS),
            Map.entry("POST /selections/{id}/decision", FUNCTIONS));

    /**
     * Valid bodies for the selection writes a partner user reaches only to be answered 404 (they may not
     * learn that a selection exists), so the sweep gets past validation to that answer.
     */
    private static final Map<String, String> SELECTION_BODIES = Map.of(
            "POST /selections/{id}/scores", "{\"candidatePartnerId\":\"" + UUID.randomUUID() + "\",\"criterionCode\":"
                    + "\"COMPLIANCE\",\"function\":\"QUALITY\",\"score\":4,\"comment\":\"probe\"}",
            "POST /selections/{id}/decision", "{\"chosenPartnerId\":\"" + UUID.randomUUID() + "\",\"rationale\":"
                    + "\"probe\",\"signature\":{\"meaning\":\"APPROVAL\"}}");

    @Inject
    DataSource dataSource;

    @Override
    protected Map<String, Set<String>> writers() {
        return WRITERS;
    }

    @Override
    protected UUID ownPartner() {
        return UUID.fromString(PartnerWithRecords.register("Own Partner Biologics"));
    }

    @Override
    protected Map<String, String> recordsOfAnotherPartner() {
        return PartnerWithRecords.create("Foreign Partner CDMO");
    }

    @Override
    protected Map<String, String> validBodies() {
        return SELECTION_BODIES;
    }

    @Override
    protected Map<String, String> partnerUserBodies() {
        Map<String, String> bodies = new java.util.HashMap<>(SELECTION_BODIES);
        bodies.put("POST /audits/{auditId}/findings/{findingId}/response", "{\"response\":\"Not ours to answer\"}");
        return bodies;
    }

    @Test
    void fieldsACallerMayNotSetAreNotStored() {
        UUID chosenId = UUID.randomUUID();
        String created = given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + chosenId + "\",\"version\":7,\"qualificationStatus\":\"QUALIFIED\","
                        + "\"retired\":true,\"createdAt\":\"2001-01-01T00:00:00Z\",\"createdBy\":\"mallory\","
                        + "\"legalName\":\"Assigned Biologics\",\"type\":\"CRO\"}")
                .post("/partners").then().statusCode(201).header("ETag", "\"0\"")
                .body("id", not(equalTo(chosenId.toString())))
                .body("qualificationStatus", equalTo("PROSPECT"))
                .extract().path("id");
        given().auth().oauth2(token("viewer")).get("/partners/" + chosenId).then().statusCode(404);
        given().auth().oauth2(token("quality")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "mass assignment probe")
                .body("{\"id\":\"" + chosenId + "\",\"version\":9,\"qualificationStatus\":\"QUALIFIED\","
                        + "\"legalName\":\"Assigned Biologics AG\",\"type\":\"CRO\"}")
                .put("/partners/" + created).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(created)).body("qualificationStatus", equalTo("PROSPECT"));
        given().auth().oauth2(token("viewer")).get("/partners/" + created).then().statusCode(200)
                .body("legalName", equalTo("Assigned Biologics AG")).body("qualificationStatus", equalTo("PROSPECT"));
        given().auth().oauth2(token("viewer")).get("/partners/" + created + "/qualification/history").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theServiceRoleCannotChangeTheAuditTrailButWritesStillWork() throws Exception {
        String partner = PartnerWithRecords.register("Audited Writes Ltd");
        given().auth().oauth2(token("quality")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "Legal name corrected")
                .body("{\"legalName\":\"Audited Writes Limited\",\"type\":\"CDMO\"}")
                .put("/partners/" + partner).then().statusCode(200);
        given().auth().oauth2(token("viewer")).get("/partners/" + partner + "/history").then().statusCode(200)
                .body("items", hasSize(2)).body("items[1].reason", equalTo("Legal name corrected"));
        AuditTrailProtection.assertAuditTablesRefuseUpdateAndDelete(dataSource);
    }
}
