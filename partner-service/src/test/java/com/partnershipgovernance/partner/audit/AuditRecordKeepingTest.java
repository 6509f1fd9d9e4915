package com.partnershipgovernance.partner.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.partner.audit.AuditApi.action;
import static com.partnershipgovernance.partner.audit.AuditApi.auditBody;
import static com.partnershipgovernance.partner.audit.AuditApi.followUp;
import static com.partnershipgovernance.partner.audit.AuditApi.performed;
import static com.partnershipgovernance.partner.audit.AuditApi.plan;
import static com.partnershipgovernance.partner.audit.AuditApi.quality;
import static com.partnershipgovernance.partner.audit.AuditApi.raise;
import static com.partnershipgovernance.partner.audit.AuditApi.registerPartner;
import static com.partnershipgovernance.partner.audit.AuditApi.today;
import static com.partnershipgovernance.partner.audit.AuditApi.viewer;
import static com.partnershipgovernance.partner.audit.AuditApi.withIfMatch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Audits and findings keep an audit trail, refuse stale or reasonless edits, and refuse bad input naming the field. */
@QuarkusTest
class AuditRecordKeepingTest {

    @Test
    void auditHistoryShowsOldAndNewValuesWhoAndWhy() {
        String partner = registerPartner("Trail Keeping GmbH");
        String audit = plan(partner, today().plusDays(20));
        revise(audit, "\"0\"", "Partner asked to move the audit", auditBody("FOR_CAUSE", today().plusDays(27)))
                .statusCode(200).header("ETag", "\"1\"").body("type", equalTo("FOR_CAUSE"))
                .body("plannedOn", equalTo(today().plusDays(27).toString()));

        given().auth().oauth2(viewer()).get("/audits/" + audit + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].operation", equalTo("CREATED"))
                .body("items[0].by", equalTo("u-quality"))
                .body("items[1].reason", equalTo("Partner asked to move the audit"))
                .body("items[1].byName", equalTo("Quinn Quality"))
                .body("items[1].changes.field", hasItems("type", "plannedOn"))
                .body("items[1].changes.find { it.field == 'plannedOn' }.from", equalTo(today().plusDays(20).toString()))
                .body("items[1].changes.find { it.field == 'plannedOn' }.to", equalTo(today().plusDays(27).toString()))
                .body("items[1].changes.find { it.field == 'type' }.from", equalTo("ROUTINE"))
                .body("items[1].changes.find { it.field == 'type' }.to", equalTo("FOR_CAUSE"));
    }

    @Test
    void findingHistoryShowsTheReclassificationAndItsReason() {
        String partner = registerPartner("Reclassified Fill SA");
        String audit = performed(partner, today().minusDays(1));
        String finding = raise(audit, "MAJOR", today().plusDays(30));
        reviseFinding(audit, finding, "\"0\"", "Partner's evidence shows no product impact",
                "{\"severity\":\"MINOR\",\"description\":\"Gowning log incomplete\",\"responseDueOn\":\""
                        + today().plusDays(45) + "\"}").statusCode(200).header("ETag", "\"1\"")
                .body("severity", equalTo("MINOR"));
        followUp(audit, finding, "response", "\"1\"", "{\"response\":\"Log completed\"}", quality()).statusCode(200);

        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings/" + finding + "/history").then()
                .statusCode(200).body("items", hasSize(3))
                .body("items[1].reason", equalTo("Partner's evidence shows no product impact"))
                .body("items[1].changes.find { it.field == 'severity' }.from", equalTo("MAJOR"))
                .body("items[1].changes.find { it.field == 'severity' }.to", equalTo("MINOR"))
                .body("items[1].changes.find { it.field == 'responseDueOn' }.to",
                        equalTo(today().plusDays(45).toString()))
                .body("items[2].changes.find { it.field == 'status' }.to", equalTo("RESPONSE_RECEIVED"));
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/history").then()
                .body("items[1].reason", equalTo("Audit performed on " + today().minusDays(1)))
                .body("items[1].changes.find { it.field == 'status' }.to", equalTo("PERFORMED"));
    }

    @Test
    void editsNeedTheCurrentETagAndAReasonAndAStaleOneChangesNothing() {
        String partner = registerPartner("Concurrent Edits Ltd");
        String audit = performed(partner, today());
        String body = auditBody("ROUTINE", today().minusDays(3));
        revise(audit, "\"0\"", "late edit", body).statusCode(412).contentType("application/problem+json");
        revise(audit, null, "no etag", body).statusCode(428);
        revise(audit, "\"1\"", null, body).statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        action(audit, "close", "\"0\"", "{\"reason\":\"stale\"}", quality()).statusCode(412);

        String finding = raise(audit, "MINOR", today().plusDays(30));
        followUp(audit, finding, "response", "\"4\"", "{\"response\":\"x\"}", quality()).statusCode(412);
        followUp(audit, finding, "response", null, "{\"response\":\"x\"}", quality()).statusCode(428);
        reviseFinding(audit, finding, "\"0\"", null, "{\"severity\":\"MINOR\",\"description\":\"x\","
                + "\"responseDueOn\":\"" + today().plusDays(5) + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));

        given().auth().oauth2(viewer()).get("/audits/" + audit).then().header("ETag", "\"1\"")
                .body("status", equalTo("PERFORMED")).body("plannedOn", equalTo(today().toString()));
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings/" + finding).then().header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("responseDueOn", equalTo(today().plusDays(30).toString()));
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String partner = registerPartner("Bad Input Biotech");
        AuditApi.plan(partner, auditBody("SURPRISE", today()), quality()).statusCode(400)
                .body("errors[0].field", equalTo("type"));
        AuditApi.plan(partner, auditBody("ROUTINE", today()).replace(today().toString(), "2026-13-45"), quality())
                .statusCode(400).body("errors[0].field", equalTo("plannedOn"));
        AuditApi.plan(partner, auditBody("ROUTINE", today()).replace("\"Dana Quality\"", "\" \""), quality())
                .statusCode(400).body("errors.field", hasItem("leadAuditor"));
        AuditApi.plan(partner, auditBody("ROUTINE", today()).replace("\"scope\"", "\"ambit\""), quality())
                .statusCode(400).body("errors.field", hasItem("scope"));
        AuditApi.plan(partner, auditBody("ROUTINE", today()).replace("{", "{\"siteId\":\"" + UUID.randomUUID() + "\","),
                quality()).statusCode(422).body("errors[0].field", equalTo("siteId"));
        AuditApi.plan(UUID.randomUUID().toString(), auditBody("ROUTINE", today()), quality()).statusCode(404);
        given().auth().oauth2(viewer()).get("/audits?partnerId=" + partner).then().statusCode(200)
                .body("total", equalTo(0));

        String audit = plan(partner, today());
        action(audit, "perform", "\"0\"", "{\"performedOn\":\"" + today().plusDays(1) + "\"}", quality())
                .statusCode(400).body("errors[0].field", equalTo("performedOn"));
        action(audit, "perform", "\"0\"", "{}", quality()).statusCode(400)
                .body("errors[0].field", equalTo("performedOn"));
        action(audit, "perform", "\"0\"", "{\"performedOn\":\"" + today().minusDays(3) + "\"}", quality())
                .statusCode(200);
        raise(audit, "MAJOR", today().minusDays(4), quality()).statusCode(400)
                .body("errors[0].field", equalTo("responseDueOn"));
        raise(audit, "MINOR", null, quality()).statusCode(400).body("errors[0].field", equalTo("responseDueOn"));
        raise(audit, "SEVERE", today().plusDays(5), quality()).statusCode(400).body("errors[0].field", equalTo("severity"));
        action(audit, "close", "\"1\"", "{\"reason\":\"  \"}", quality()).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings").then().body("items", hasSize(0));
        given().auth().oauth2(viewer()).get("/audits/" + audit).then().body("status", equalTo("PERFORMED"));

        given().auth().oauth2(viewer()).get("/audits?status=OPENED").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(viewer()).get("/audits?type=AUDIT").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(viewer()).get("/audits?partnerId=acme").then().statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
        given().auth().oauth2(viewer()).get("/audits?sort=scope").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(viewer()).get("/audits/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void auditsAreListedByPartnerStatusAndTypeAndARetriedPlanCreatesOne() {
        String partner = registerPartner("Listed Audits Oy");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(quality()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(auditBody("QUALIFICATION", today().plusDays(60))).post("/partners/" + partner + "/audits")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(auditBody("QUALIFICATION", today().plusDays(60))).post("/partners/" + partner + "/audits")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        String done = performed(partner, today().minusDays(1));

        given().auth().oauth2(viewer()).get("/audits?partnerId=" + partner + "&sort=-plannedOn").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(java.util.List.of(first, done)));
        given().auth().oauth2(viewer()).get("/audits?partnerId=" + partner + "&status=PERFORMED").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(done));
        given().auth().oauth2(viewer()).get("/audits?partnerId=" + partner + "&type=QUALIFICATION&size=1").then()
                .body("total", equalTo(1)).body("size", equalTo(1)).body("items[0].id", equalTo(first));
    }

    private static ValidatableResponse revise(String audit, String ifMatch, String reason, String body) {
        var request = withIfMatch(given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body), ifMatch);
        if (reason != null) {
            request.header("X-Change-Reason", reason);
        }
        return request.put("/audits/" + audit).then();
    }

    private static ValidatableResponse reviseFinding(String audit, String finding, String ifMatch, String reason,
                                                     String body) {
        var request = withIfMatch(given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body), ifMatch);
        if (reason != null) {
            request.header("X-Change-Reason", reason);
        }
        return request.put("/audits/" + audit + "/findings/" + finding).then();
    }
}
