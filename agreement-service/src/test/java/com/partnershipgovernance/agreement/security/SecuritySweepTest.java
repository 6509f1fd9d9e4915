package com.partnershipgovernance.agreement.security;

import com.partnershipgovernance.agreement.quality.QualityTestSupport;
import com.partnershipgovernance.agreement.sow.SowTestSupport;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.AuditTrailProtection;
import com.partnershipgovernance.platform.testing.security.SecuritySweepContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The security sweep of agreement-service (CONVENTIONS.md "Security and GMP data integrity"), driven
 * from its OpenAPI document: tokens, partner scope, the role matrix, mass assignment, audit tables.
 */
@QuarkusTest
class SecuritySweepTest extends SecuritySweepContract {

    private static final Set<String> LEGAL_FINANCE = Set.of("legal", "finance");
    private static final Set<String> QUALITY = Set.of("quality");
    private static final Set<String> QUALITY_PARTNER = Set.of("quality", "partner-user");
    private static final Set<String> DELIVERY = Set.of("legal", "finance", "quality", "regulatory", "supply-chain",
            "clinical", "rnd");

    /**
     * Who owns each write (issue 5: legal and finance the commercial terms, legal the MSA's lifecycle and periodic reviews, finance
     * spend, quality the quality agreements, deviations, batch disposition and change control, the functions
     * delivery milestones; a partner user reports deviations and proposes and decides change requests).
     */
    private static final Map<String, Set<String>> WRITERS = Map.ofEntries(
            Map.entry("POST /msas", LEGAL_FINANCE),
            Map.entry("PUT /msas/{id}", LEGAL_FINANCE),
            Map.entry("DELETE /msas/{id}/review-flag", Set.of("legal")),
            Map.entry("POST /msas/{id}/status", Set.of("legal")),
            Map.entry("POST /msas/{id}/amendments", LEGAL_FINANCE),
            Map.entry("POST /msas/{id}/reviews", Set.of("legal")),
            Map.entry("POST /sows", LEGAL_FINANCE),
            Map.entry("PUT /sows/{id}", LEGAL_FINANCE),
            Map.entry("DELETE /sows/{id}/review-flag", LEGAL_FINANCE),
            Map.entry("POST /sows/{id}/status", LEGAL_FINANCE),
            Map.entry("POST /sows/{id}/amendments", LEGAL_FINANCE),
            Map.entry("POST /sows/{id}/reviews", LEGAL_FINANCE),
            Map.entry("POST /sows/{id}/spend", Set.of("finance")),
            Map.entry("POST /sows/{sowId}/milestones", DELIVERY),
            Map.entry("POST /milestones/{id}/completion", DELIVERY),
            Map.entry("POST /milestones/{id}/resume", DELIVERY),
            Map.entry("POST /milestones/{id}/go-no-go", union(DELIVERY, Set.of("steering-committee"))),
            Map.entry("POST /quality-agreements", QUALITY),
            Map.entry("PUT /quality-agreements/{id}", QUALITY),
            Map.entry("DELETE /quality-agreements/{id}/review-flag", QUALITY),
            Map.entry("POST /quality-agreements/{id}/status", QUALITY),
            Map.entry("POST /quality-agreements/{id}/amendments", QUALITY),
            Map.entry("POST /quality-agreements/{id}/reviews", QUALITY),
            Map.entry("POST /batches", Set.of("supply-chain", "quality")),
            Map.entry("POST /batches/{id}/disposition", QUALITY),
            Map.entry("POST /batches/{id}/rework", Set.of("quality", "supply-chain")),
            Map.entry("POST /batches/{id}/deviations/{deviationId}", QUALITY),
            Map.entry("POST /deviations", QUALITY_PARTNER),
            Map.entry("POST /deviations/{id}/classification", QUALITY),
            Map.entry("PUT /deviations/{id}/investigation", QUALITY),
            Map.entry("POST /deviations/{id}/capa-actions", QUALITY),
            Map.entry("POST /deviations/{id}/capa-actions/{actionId}/effectiveness-check", QUALITY),
            Map.entry("POST /deviations/{id}/status", QUALITY),
            Map.entry("POST /change-requests", QUALITY_PARTNER),
            Map.entry("POST /change-requests/{id}/decisions", QUALITY_PARTNER),
            Map.entry("POST /change-requests/{id}/status", QUALITY));

    @Inject
    DataSource dataSource;

    @Override
    protected Map<String, Set<String>> writers() {
        return WRITERS;
    }

    @Override
    protected UUID ownPartner() {
        return partner("Own Partner Sterile", "QUALIFIED");
    }

    @Override
    protected Map<String, String> recordsOfAnotherPartner() {
        return partnerWithRecords("Foreign Partner Fill");
    }

    @Override
    protected Map<String, String> partnerUserBodies() {
        return Map.of("POST /change-requests/{id}/decisions",
                "{\"party\":\"PARTNER\",\"decision\":\"APPROVED\",\"comment\":\"Not ours\"}");
    }

    @Test
    void fieldsACallerMayNotSetAreNotStored() {
        UUID partner = partner("Assigned Terms Ltd", "QUALIFIED");
        UUID chosenId = UUID.randomUUID();
        Map<String, Object> body = msa(partner);
        body.putAll(Map.of("id", chosenId.toString(), "version", 5, "status", "EXECUTED",
                "createdAt", "2001-01-01T00:00:00Z", "createdBy", "mallory"));
        given().auth().oauth2(token("legal")).contentType(ContentType.JSON).body(body).post("/msas").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("id", not(equalTo(chosenId.toString()))).body("status", equalTo("DRAFT"));
        given().auth().oauth2(token("viewer")).get("/msas/" + chosenId).then().statusCode(404);

        // a partner user reports for their own partner, whatever partner, status or severity the body names
        UUID other = partner("Someone Else Biologics", "QUALIFIED");
        UUID ownSow = UUID.fromString(SowTestSupport.draftSow(SowTestSupport.sow(SowTestSupport.executedMsa(partner),
                "MANUFACTURING")));
        Map<String, Object> deviation = deviation(other, ownSow);
        deviation.putAll(Map.of("status", "CLOSED", "severity", "MINOR", "id", chosenId.toString()));
        String reported = given().auth().oauth2(partnerUser(partner)).contentType(ContentType.JSON).body(deviation)
                .post("/deviations").then().statusCode(201)
                .body("partnerId", equalTo(partner.toString())).body("status", equalTo("REPORTED"))
                .body("severity", nullValue()).body("id", not(equalTo(chosenId.toString())))
                .extract().path("id");
        given().auth().oauth2(token("viewer")).get("/deviations/" + reported).then().statusCode(200)
                .body("partnerId", equalTo(partner.toString())).body("status", equalTo("REPORTED"));
    }

    @Test
    void theServiceRoleCannotChangeTheAuditTrailButWritesStillWork() throws Exception {
        UUID partner = partner("Audited Terms Ltd", "QUALIFIED");
        String msa = given().auth().oauth2(token("legal")).contentType(ContentType.JSON).body(msa(partner))
                .post("/msas").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("viewer")).get("/msas/" + msa + "/history").then().statusCode(200)
                .body("items", hasSize(1));
        AuditTrailProtection.assertAuditTablesRefuseUpdateAndDelete(dataSource);
    }

    /** A partner and one record of each kind under it, created through the API, by collection name. */
    static Map<String, String> partnerWithRecords(String legalName) {
        UUID partner = partner(legalName, "QUALIFIED");
        String qa = QualityTestSupport.draftQualityAgreement(QualityTestSupport.qualityAgreement(partner));
        String msa = SowTestSupport.executedMsa(partner);
        String sow = SowTestSupport.draftSow(SowTestSupport.sow(msa, "MANUFACTURING"));
        SowTestSupport.executeSow(sow);
        String milestone = create("legal", "/sows/" + sow + "/milestones", Map.of("name", "PPQ batch 1",
                "dueDate", LocalDate.now().plusMonths(2).toString(), "owner", "Pat Project", "decisionPoint", true,
                "dependsOn", List.of()));
        String deviation = create("quality", "/deviations", deviation(partner, UUID.fromString(sow)));
        String batch = create("supply-chain", "/batches", Map.of("sowId", sow, "batchNumber", "DS-FOREIGN-1",
                "product", "ABC-123 drug substance", "manufacturedOn", LocalDate.now().minusDays(10).toString()));
        Map<String, Object> change = new LinkedHashMap<>(Map.of("partnerId", partner.toString(),
                "agreementKind", "QUALITY_AGREEMENT", "agreementId", qa, "title", "Second filling line",
                "description", "Qualify filling line 2", "reason", "Capacity"));
        change.put("impact", Map.of("quality", "PPQ", "regulatory", "Type II variation", "timeline", "4 months",
                "cost", "EUR 350,000"));
        String changeRequest = create("quality", "/change-requests", change);
        return Map.of("partners", partner.toString(), "quality-agreements", qa, "msas", msa, "sows", sow,
                "milestones", milestone, "deviations", deviation, "batches", batch, "change-requests", changeRequest);
    }

    private static Map<String, Object> deviation(UUID partner, UUID sow) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partner.toString());
        body.put("sowId", sow.toString());
        body.put("batchNumber", "DS-2027-0042");
        body.put("category", "OOS_RESULT");
        body.put("occurredOn", LocalDate.now().minusDays(2).toString());
        body.put("reportedOn", LocalDate.now().minusDays(1).toString());
        body.put("description", "Assay 91.2% against a specification of 95-105%");
        return body;
    }

    private static String create(String role, String path, Object body) {
        return given().auth().oauth2(token(role)).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    private static String partnerUser(UUID partner) {
        return TestInfrastructure.get().tokens().token("p-user").roles("partner-user").partnerId(partner).sign();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
