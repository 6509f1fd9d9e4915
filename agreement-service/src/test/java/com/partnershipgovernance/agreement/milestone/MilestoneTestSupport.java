package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;

/** Milestone requests shared by the milestone tests. */
final class MilestoneTestSupport {

    static final String MILESTONE_TOPIC = "agreement.milestones.v1";

    private MilestoneTestSupport() {
    }

    static String clinical() {
        return TestInfrastructure.get().tokens().token("u-clinical").name("Cleo Clinical").roles("clinical").sign();
    }

    static Map<String, Object> milestone(String name, LocalDate due, boolean decisionPoint, String... dependsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("dueDate", due.toString());
        body.put("owner", "Pat Project");
        body.put("decisionPoint", decisionPoint);
        body.put("dependsOn", List.of(dependsOn));
        return body;
    }

    static ValidatableResponse planOn(String sow, Map<String, Object> body) {
        return given().auth().oauth2(clinical()).contentType(ContentType.JSON).body(body)
                .post("/sows/" + sow + "/milestones").then();
    }

    static String plan(String sow, Map<String, Object> body) {
        return planOn(sow, body).statusCode(201).extract().path("id");
    }

    static String milestoneEtag(String id) {
        return given().auth().oauth2(viewer()).get("/milestones/" + id).then().statusCode(200).extract()
                .header("ETag");
    }

    static ValidatableResponse complete(String id, LocalDate on) {
        return given().auth().oauth2(clinical()).contentType(ContentType.JSON).header("If-Match", milestoneEtag(id))
                .body(Map.of("completedOn", on.toString())).post("/milestones/" + id + "/completion").then();
    }

    static ValidatableResponse decide(String id, String decision, String rationale, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", milestoneEtag(id))
                .body(Map.of("decision", decision, "rationale", rationale, "signature", Map.of("meaning", "APPROVAL")))
                .post("/milestones/" + id + "/go-no-go").then();
    }
}
