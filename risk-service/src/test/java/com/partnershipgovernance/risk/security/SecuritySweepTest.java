package com.partnershipgovernance.risk.security;

import com.partnershipgovernance.platform.testing.security.AuditTrailProtection;
import com.partnershipgovernance.platform.testing.security.SecuritySweepContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.riskBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The security sweep of risk-service (CONVENTIONS.md "Security and GMP data integrity"), driven
 * from its OpenAPI document: tokens, partner scope, the role matrix, mass assignment, audit tables.
 */
@QuarkusTest
class SecuritySweepTest extends SecuritySweepContract {

    private static final Set<String> FUNCTIONS = Set.of("quality", "regulatory", "legal", "finance", "supply-chain",
            "clinical", "rnd");
    private static final Set<String> FUNCTIONS_AND_PARTNER = Set.of("quality", "regulatory", "legal", "finance",
            "supply-chain", "clinical", "rnd", "partner-user");
    private static final String MITIGATION = "{\"description\":\"Qualify a second line\",\"ownerSide\":\"PARTNER\","
            + "\"ownerName\":\"Pat Partner\",\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"}";

    /**
     * Who owns each write: the functions the register; a partner's users also review their joint risks and
     * run their mitigations; quality records certificate renewals; a scenario changes nothing, so every
     * sponsor role may run one.
     */
    private static final Map<String, Set<String>> WRITERS = Map.ofEntries(
            Map.entry("POST /risks", FUNCTIONS),
            Map.entry("PUT /risks/{id}", FUNCTIONS),
            Map.entry("DELETE /risks/{id}", FUNCTIONS),
            Map.entry("POST /risks/{id}/score", FUNCTIONS),
            Map.entry("POST /risks/{id}/status", FUNCTIONS),
            Map.entry("POST /risks/{id}/reviews", FUNCTIONS_AND_PARTNER),
            Map.entry("POST /risks/{id}/mitigations", FUNCTIONS_AND_PARTNER),
            Map.entry("POST /mitigations/{id}/status", FUNCTIONS_AND_PARTNER),
            Map.entry("POST /risks/{id}/proposals/{proposalId}/accept", FUNCTIONS),
            Map.entry("POST /risks/{id}/proposals/{proposalId}/reject", FUNCTIONS),
            Map.entry("POST /certificate-watches/{id}/renewal", Set.of("quality")),
            Map.entry("POST /scenarios", Set.of("quality", "regulatory", "legal", "finance", "supply-chain",
                    "clinical", "rnd", "steering-committee", "viewer")));

    @Inject
    DataSource dataSource;

    @Override
    protected Map<String, Set<String>> writers() {
        return WRITERS;
    }

    @Override
    protected UUID ownPartner() {
        return knownPartner("Own Partner Logistics");
    }

    @Override
    protected Map<String, String> partnerUserBodies() {
        return Map.of(
                "POST /risks/{id}/reviews", "{\"decision\":\"NO_CHANGE\",\"notes\":\"Not ours\"}",
                "POST /risks/{id}/mitigations", MITIGATION,
                "POST /mitigations/{id}/status", "{\"to\":\"CANCELLED\",\"reason\":\"Not ours\"}");
    }

    @Test
    void fieldsACallerMayNotSetAreNotStored() {
        UUID partner = knownPartner("Assigned Risks Ltd");
        UUID chosenId = UUID.randomUUID();
        String body = riskBody(partner, "Assigned fields", "OTHER", 2, 2, true).replaceFirst("\\{",
                "{\"id\":\"" + chosenId + "\",\"version\":3,\"status\":\"CLOSED\",\"score\":25,"
                        + "\"createdAt\":\"2001-01-01T00:00:00Z\",\"raisedBy\":\"mallory\",");
        String id = given().auth().oauth2(token("quality")).contentType(ContentType.JSON).body(body)
                .post("/risks").then().statusCode(201).header("ETag", "\"0\"")
                .body("id", not(equalTo(chosenId.toString()))).body("status", equalTo("OPEN"))
                .body("score", equalTo(4)).body("raisedBy", equalTo("u-quality")).extract().path("id");
        given().auth().oauth2(token("viewer")).get("/risks/" + chosenId).then().statusCode(404);
        given().auth().oauth2(token("viewer")).get("/risks/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("score", equalTo(4));
    }

    @Test
    void theServiceRoleCannotChangeTheAuditTrailButWritesStillWork() throws Exception {
        UUID partner = knownPartner("Audited Risks Ltd");
        String id = create("/risks", riskBody(partner, "Audited", "OTHER", 3, 3, true));
        given().auth().oauth2(token("viewer")).get("/risks/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(1));
        AuditTrailProtection.assertAuditTablesRefuseUpdateAndDelete(dataSource);
    }

    /** Partner B's joint risk with a mitigation, by collection name. */
    @Override
    protected Map<String, String> recordsOfAnotherPartner() {
        UUID partner = knownPartner("Foreign Partner Logistics");
        String risk = create("/risks", riskBody(partner, "Foreign capacity", "OTHER", 4, 4, true));
        String mitigation = create("/risks/" + risk + "/mitigations", MITIGATION);
        return Map.of("partners", partner.toString(), "risks", risk, "mitigations", mitigation);
    }

    private static String create(String path, String body) {
        return given().auth().oauth2(token("quality")).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }
}
