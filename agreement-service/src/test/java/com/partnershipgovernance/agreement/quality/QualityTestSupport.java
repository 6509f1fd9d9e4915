package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;

/** Tokens and quality agreement requests shared by the quality, deviation and change request tests. */
public final class QualityTestSupport {

    private QualityTestSupport() {
    }

    public static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    /** A quality agreement body for {@code partner} starting from the template, effective today. */
    public static Map<String, Object> qualityAgreement(UUID partner) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", partner.toString());
        body.put("title", "Quality agreement for drug substance manufacturing");
        body.put("effectiveOn", today.minusDays(60).toString());
        body.put("expiresOn", today.plusYears(3).toString());
        body.put("reviewOn", today.plusYears(1).toString());
        body.put("fromTemplate", true);
        return body;
    }

    /** Drafts {@code body} as quality; answers the new agreement's id. */
    public static String draftQualityAgreement(Map<String, Object> body) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body).post("/quality-agreements")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse moveQualityAgreement(String id, String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", qualityAgreementEtag(id))
                .body(body).post("/quality-agreements/" + id + "/status").then();
    }

    public static String qualityAgreementEtag(String id) {
        return given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then().statusCode(200).extract()
                .header("ETag");
    }

    /** Reviews, approves and executes quality agreement {@code id}, signed by quality. */
    public static void executeQualityAgreement(String id) {
        moveQualityAgreement(id, "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}", quality()).statusCode(200);
        moveQualityAgreement(id, "{\"to\":\"APPROVED\",\"reason\":\"Responsibilities agreed\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", quality()).statusCode(200);
        moveQualityAgreement(id, "{\"to\":\"EXECUTED\",\"reason\":\"Signed by both quality units\","
                + "\"signature\":{\"meaning\":\"RESPONSIBILITY\"}}", quality()).statusCode(200);
    }
}
