package com.partnershipgovernance.partner.audit;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The calls the sponsor-audit tests make, with the tokens of the people making them. */
final class AuditApi {

    private AuditApi() {
    }

    /** Today as the service sees it (its clock is UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String registerPartner(String legalName) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"legalName\":\"" + legalName + "\",\"type\":\"CDMO\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    static String auditBody(String type, LocalDate plannedOn) {
        return "{\"type\":\"" + type + "\",\"scope\":\"Aseptic filling line 2 and QC micro lab\","
                + "\"leadAuditor\":\"Dana Quality\",\"auditors\":[\"Sam Micro\"],\"plannedOn\":\"" + plannedOn + "\"}";
    }

    static ValidatableResponse plan(String partnerId, String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/partners/" + partnerId + "/audits").then();
    }

    static String plan(String partnerId, LocalDate plannedOn) {
        return plan(partnerId, auditBody("ROUTINE", plannedOn), quality()).statusCode(201).extract().path("id");
    }

    /** Plans an audit and records it performed on {@code performedOn}; its ETag is then "1". */
    static String performed(String partnerId, LocalDate performedOn) {
        String audit = plan(partnerId, performedOn);
        action(audit, "perform", "\"0\"", "{\"performedOn\":\"" + performedOn + "\"}", quality()).statusCode(200);
        return audit;
    }

    static ValidatableResponse action(String auditId, String action, String ifMatch, String body, String token) {
        return withIfMatch(given().auth().oauth2(token).contentType(ContentType.JSON).body(body), ifMatch)
                .post("/audits/" + auditId + "/" + action).then();
    }

    static ValidatableResponse raise(String auditId, String severity, LocalDate responseDueOn, String token) {
        String due = responseDueOn == null ? "" : ",\"responseDueOn\":\"" + responseDueOn + "\"";
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"severity\":\"" + severity + "\",\"requirement\":\"EU GMP Annex 1\","
                        + "\"description\":\"" + severity + " finding on the filling line\"" + due + "}")
                .post("/audits/" + auditId + "/findings").then();
    }

    static String raise(String auditId, String severity, LocalDate responseDueOn) {
        return raise(auditId, severity, responseDueOn, quality()).statusCode(201).extract().path("id");
    }

    static ValidatableResponse followUp(String auditId, String findingId, String action, String ifMatch, String body,
                                        String token) {
        return withIfMatch(given().auth().oauth2(token).contentType(ContentType.JSON).body(body), ifMatch)
                .post("/audits/" + auditId + "/findings/" + findingId + "/" + action).then();
    }

    static RequestSpecification withIfMatch(RequestSpecification request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }

    static String token(String subject, String... roles) {
        return TestInfrastructure.get().tokens().token(subject).roles(roles).sign();
    }

    static String partnerUser(String partnerId) {
        return TestInfrastructure.get().tokens().token("p-pat").name("Pat Partner").roles("partner-user")
                .partnerId(UUID.fromString(partnerId)).sign();
    }
}
