package com.partnershipgovernance.agreement.sow;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.execute;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;

/** SOW requests and moves shared by the SOW, milestone, spend and batch tests. */
public final class SowTestSupport {

    private SowTestSupport() {
    }

    /** An executed MSA with {@code partner}; answers its id. */
    public static String executedMsa(UUID partner) {
        String msa = draft(msa(partner));
        execute(msa);
        return msa;
    }

    /** A valid SOW body under {@code msaId}: started last month, ending in a year, budget 250000.00 EUR. */
    public static Map<String, Object> sow(String msaId, String kind) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msaId", msaId);
        body.put("kind", kind);
        body.put("title", "GMP manufacture of three PPQ batches of ABC-123");
        body.put("activities", new ArrayList<>(List.of("Tech transfer", "PPQ campaign")));
        body.put("deliverables", new ArrayList<>(List.of(
                deliverable("Master batch record", "PARTNER"),
                deliverable("Drug substance specification", "SPONSOR"))));
        body.put("timeline", new LinkedHashMap<>(Map.of("startOn", today.minusMonths(1).toString(),
                "endOn", today.plusYears(1).toString())));
        body.put("budget", new LinkedHashMap<>(Map.of("amount", "250000.00", "currency", "EUR")));
        body.put("escalationPath", new ArrayList<>(List.of(
                Map.of("level", 1, "sponsorContact", "Pat Project", "partnerContact", "Chris Client",
                        "escalateAfterDays", 5),
                Map.of("level", 2, "sponsorContact", "Vera VP", "partnerContact", "Sam Site Head",
                        "escalateAfterDays", 10))));
        body.put("reviewOn", today.plusMonths(6).toString());
        return body;
    }

    public static Map<String, Object> deliverable(String name, String responsibility) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("description", name + " as agreed");
        d.put("responsibility", responsibility);
        return d;
    }

    /** Drafts {@code body} as finance; answers the SOW's id. */
    public static String draftSow(Map<String, Object> body) {
        return given().auth().oauth2(com.partnershipgovernance.agreement.AgreementTestSupport.finance())
                .contentType(ContentType.JSON).body(body).post("/sows").then().statusCode(201).extract().path("id");
    }

    /** {@code POST /sows/{id}/status}. */
    public static ValidatableResponse moveSow(String id, String ifMatch, String body, String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/sows/" + id + "/status").then();
    }

    public static String sowEtag(String id) {
        return given().auth().oauth2(viewer()).get("/sows/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Moves SOW {@code id} through review, approval and execution, signed by legal. */
    public static void executeSow(String id) {
        moveSow(id, sowEtag(id), "{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}", legal()).statusCode(200);
        moveSow(id, sowEtag(id), "{\"to\":\"APPROVED\",\"reason\":\"Budget agreed\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", legal()).statusCode(200);
        moveSow(id, sowEtag(id), "{\"to\":\"EXECUTED\",\"reason\":\"Signed by both parties\","
                + "\"signature\":{\"meaning\":\"APPROVAL\"}}", legal()).statusCode(200);
    }

    /** An executed SOW of {@code kind} under a new executed MSA with {@code partner}. */
    public static String executedSow(UUID partner, String kind) {
        String id = draftSow(sow(executedMsa(partner), kind));
        executeSow(id);
        return id;
    }
}
