package com.partnershipgovernance.partner.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.partnershipgovernance.partner.audit.AuditApi.action;
import static com.partnershipgovernance.partner.audit.AuditApi.auditBody;
import static com.partnershipgovernance.partner.audit.AuditApi.followUp;
import static com.partnershipgovernance.partner.audit.AuditApi.partnerUser;
import static com.partnershipgovernance.partner.audit.AuditApi.performed;
import static com.partnershipgovernance.partner.audit.AuditApi.plan;
import static com.partnershipgovernance.partner.audit.AuditApi.quality;
import static com.partnershipgovernance.partner.audit.AuditApi.raise;
import static com.partnershipgovernance.partner.audit.AuditApi.registerPartner;
import static com.partnershipgovernance.partner.audit.AuditApi.today;
import static com.partnershipgovernance.partner.audit.AuditApi.token;
import static com.partnershipgovernance.partner.audit.AuditApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** Quality owns audits; the other sponsor roles read them; a partner's user sees and answers only their own. */
@QuarkusTest
class AuditAccessTest {

    @Test
    void onlyQualityWritesAndEverySponsorRoleReads() {
        String partner = registerPartner("Access Checked Pharma");
        for (String role : List.of("viewer", "regulatory", "supply-chain", "steering-committee")) {
            AuditApi.plan(partner, auditBody("ROUTINE", today()), token("u-" + role, role)).statusCode(403);
        }
        AuditApi.plan(partner, auditBody("ROUTINE", today()), token("u-admin", "admin")).statusCode(201);
        String audit = performed(partner, today());
        String finding = raise(audit, "MINOR", today().plusDays(10));

        action(audit, "close", "\"1\"", "{\"reason\":\"x\"}", viewer()).statusCode(403);
        raise(audit, "MINOR", today().plusDays(10), token("u-legal", "legal")).statusCode(403);
        followUp(audit, finding, "response", "\"0\"", "{\"response\":\"x\"}", viewer()).statusCode(403);
        followUp(audit, finding, "close", "\"0\"", "{\"reason\":\"x\"}", token("u-clin", "clinical")).statusCode(403);
        for (String role : List.of("viewer", "steering-committee", "finance")) {
            given().auth().oauth2(token("u-" + role, role)).get("/audits/" + audit).then().statusCode(200);
            given().auth().oauth2(token("u-" + role, role)).get("/audits/" + audit + "/findings").then()
                    .statusCode(200).body("items", hasSize(1));
        }
        given().get("/audits/" + audit).then().statusCode(401);
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings/" + finding).then()
                .statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnPartnersAuditsAndAnswersOnlyTheirFindings() {
        String own = registerPartner("Own Partner CDMO");
        String other = registerPartner("Other Partner CDMO");
        String ownAudit = performed(own, today().minusDays(20));
        String otherAudit = performed(other, today().minusDays(20));
        String ownFinding = raise(ownAudit, "MAJOR", today().minusDays(1));
        String otherFinding = raise(otherAudit, "MAJOR", today().minusDays(1));
        String ownLate = plan(own, today().minusDays(2));
        String otherLate = plan(other, today().minusDays(2));
        String pat = partnerUser(own);

        given().auth().oauth2(pat).get("/audits/" + ownAudit).then().statusCode(200);
        given().auth().oauth2(pat).get("/audits/" + otherAudit).then().statusCode(404);
        given().auth().oauth2(pat).get("/audits/" + otherAudit + "/findings").then().statusCode(404);
        given().auth().oauth2(pat).get("/audits/" + otherAudit + "/findings/" + otherFinding).then().statusCode(404);
        given().auth().oauth2(pat).get("/audits/" + otherAudit + "/history").then().statusCode(404);
        given().auth().oauth2(pat).get("/audits/" + otherAudit + "/findings/" + otherFinding + "/history").then()
                .statusCode(404);

        given().auth().oauth2(pat).get("/audits?size=500").then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(own))).body("total", equalTo(2));
        given().auth().oauth2(pat).get("/audits?partnerId=" + other).then().statusCode(200)
                .body("total", equalTo(0));
        List<String> overdueFindings = given().auth().oauth2(pat).get("/audits/findings/overdue").then()
                .statusCode(200).extract().path("items.partnerId");
        assertThat(overdueFindings).isNotEmpty().containsOnly(own);
        List<String> overdueAudits = given().auth().oauth2(pat).get("/audits/overdue?partnerId=" + other).then()
                .statusCode(200).extract().path("items.id");
        assertThat(overdueAudits).isEmpty();
        overdueAudits = given().auth().oauth2(pat).get("/audits/overdue").then()
                .statusCode(200).extract().path("items.id");
        assertThat(overdueAudits).containsExactly(ownLate);
        assertThat(given().auth().oauth2(viewer()).get("/audits/overdue").then().statusCode(200)
                .extract().<List<String>>path("items.id")).contains(ownLate, otherLate);

        // they answer their own partner's findings, not another's, and never close them
        followUp(otherAudit, otherFinding, "response", "\"0\"", "{\"response\":\"not ours\"}", pat).statusCode(404);
        followUp(ownAudit, otherFinding, "response", "\"0\"", "{\"response\":\"wrong audit\"}", pat).statusCode(404);
        followUp(ownAudit, ownFinding, "response", "\"0\"", "{\"response\":\"CAPA-2231 opened\"}", pat)
                .statusCode(200).body("status", equalTo("RESPONSE_RECEIVED"));
        followUp(ownAudit, ownFinding, "close", "\"1\"", "{\"reason\":\"we are done\"}", pat).statusCode(403);
        followUp(ownAudit, ownFinding, "reject-response", "\"1\"", "{\"reason\":\"x\"}", pat).statusCode(403);
        raise(ownAudit, "MINOR", today(), pat).statusCode(403);
        given().auth().oauth2(pat).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .header("X-Change-Reason", "x").body(auditBody("ROUTINE", today()))
                .put("/audits/" + ownAudit).then().statusCode(403);
        given().auth().oauth2(viewer()).get("/audits/" + otherAudit + "/findings/" + otherFinding).then()
                .body("status", equalTo("OPEN"));
    }
}
