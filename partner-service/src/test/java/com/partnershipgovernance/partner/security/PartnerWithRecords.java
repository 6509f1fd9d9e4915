package com.partnershipgovernance.partner.security;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A partner with one record of each kind partner users may read, for the security and isolation sweeps. */
final class PartnerWithRecords {

    private PartnerWithRecords() {
    }

    /** A partner and one record of each kind under it, created through the API, by collection name. */
    static Map<String, String> create(String legalName) {
        String partner = register(legalName);
        String site = post("/partners/" + partner + "/sites",
                "{\"name\":\"" + legalName + " plant\",\"country\":\"DE\"}");
        // expiring within the window, so /certifications/expiring would list it
        String certificate = post("/partners/" + partner + "/sites/" + site + "/certificates",
                "{\"issuingAuthority\":\"BfArM\",\"certificateNumber\":\"DE-" + UUID.randomUUID() + "\",\"issuedOn\":\""
                        + LocalDate.now().minusYears(1) + "\",\"expiresOn\":\"" + LocalDate.now().plusDays(30)
                        + "\",\"scope\":\"Sterile fill-finish\"}");
        String inspection = post("/partners/" + partner + "/inspections",
                "{\"inspectedOn\":\"2025-09-02\",\"authority\":\"FDA\",\"outcome\":\"NAI\"}");
        String submission = post("/partners/" + partner + "/regulatory-submissions",
                "{\"authority\":\"EMA\",\"productType\":\"mAb\",\"submissionYear\":2024,\"outcome\":\"APPROVED\"}");
        String member = post("/partners/" + partner + "/team",
                "{\"role\":\"PROJECT_MANAGER\",\"name\":\"" + legalName + " PM\","
                + "\"email\":\"pm@foreign.example\",\"joinedOn\":\"2024-01-01\"}");
        String audit = post("/partners/" + partner + "/audits", "{\"type\":\"ROUTINE\",\"scope\":\"Filling line\","
                + "\"leadAuditor\":\"Dana Quality\",\"auditors\":[],\"plannedOn\":\"" + LocalDate.now() + "\"}");
        given().auth().oauth2(token("quality")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"performedOn\":\"" + LocalDate.now() + "\"}").post("/audits/" + audit + "/perform").then()
                .statusCode(200);
        String finding = post("/audits/" + audit + "/findings",
                "{\"severity\":\"MAJOR\",\"requirement\":\"EU GMP Annex 1\",\"description\":\"" + legalName
                        + " finding\",\"responseDueOn\":\"" + LocalDate.now().plusDays(30) + "\"}");
        return Map.of("partners", partner, "sites", site, "certificates", certificate, "inspections", inspection,
                "regulatory-submissions", submission, "team", member, "audits", audit, "findings", finding);
    }

    static String register(String legalName) {
        return post("/partners", "{\"legalName\":\"" + legalName + "\",\"type\":\"CDMO\"}");
    }

    private static String post(String path, String body) {
        return given().auth().oauth2(token("quality")).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }

    private static String token(String role) {
        return TestInfrastructure.get().tokens().token("u-" + role).roles(role).sign();
    }
}
