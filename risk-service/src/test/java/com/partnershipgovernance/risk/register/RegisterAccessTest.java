package com.partnershipgovernance.risk.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.partnerUser;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.riskBody;
import static com.partnershipgovernance.risk.RiskApi.steeringCommittee;
import static com.partnershipgovernance.risk.RiskApi.supplyChain;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RegisterAccessTest {

    @Test
    void viewerAndSteeringCommitteeReadButCannotWrite() {
        UUID partner = knownPartner("Read Only Access Ltd");
        String id = raise(partner, "Readable", "OTHER", 2, 2, false);
        given().auth().oauth2(viewer()).get("/risks/" + id).then().statusCode(200);
        given().auth().oauth2(steeringCommittee()).get("/risks/" + id).then().statusCode(200);
        raise(riskBody(partner, "Viewer raise", "OTHER", 2, 2, false), viewer()).statusCode(403);
        raise(riskBody(partner, "Steering raise", "OTHER", 2, 2, false), steeringCommittee()).statusCode(403);
        action("/risks/" + id + "/score", "\"0\"", "{\"likelihood\":3,\"impact\":3,\"reason\":\"x\"}",
                steeringCommittee()).statusCode(403);
        action("/risks/" + id + "/status", "\"0\"", "{\"to\":\"CLOSED\",\"reason\":\"x\"}", viewer())
                .statusCode(403);
        action("/risks/" + id + "/mitigations", null, mitigation(), viewer()).statusCode(403);
        given().auth().oauth2(viewer()).get("/risks/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void anySponsorFunctionWritesTheRegister() {
        UUID partner = knownPartner("Function Writes Ltd");
        raise(riskBody(partner, "Supply chain raise", "SUPPLY_CHAIN_DISRUPTION", 3, 3, false), supplyChain())
                .statusCode(201).body("raisedByName", equalTo("Dana Supply"));
    }

    @Test
    void partnerUserSeesOnlyJointRisksOfTheirOwnPartner() {
        UUID own = knownPartner("Own Partner CDMO");
        UUID other = knownPartner("Other Partner CDMO");
        String joint = raise(own, "Joint own", "OTHER", 3, 3, true);
        String sponsorOnly = raise(own, "Sponsor only", "OTHER", 3, 3, false);
        String foreign = raise(other, "Joint other", "OTHER", 3, 3, true);
        String token = partnerUser(own);

        given().auth().oauth2(token).get("/risks/" + joint).then().statusCode(200);
        given().auth().oauth2(token).get("/risks/" + sponsorOnly).then().statusCode(404);
        given().auth().oauth2(token).get("/risks/" + foreign).then().statusCode(404);
        given().auth().oauth2(token).get("/risks/" + foreign + "/history").then().statusCode(404);
        given().auth().oauth2(token).get("/risks/" + foreign + "/mitigations").then().statusCode(404);
        given().auth().oauth2(token).get("/risks").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(joint));
        given().auth().oauth2(token).queryParam("partnerId", other.toString()).get("/risks").then()
                .body("total", equalTo(0));
    }

    @Test
    void partnerUserPlansMitigationsAndReviewsOnTheirJointRisksOnly() {
        UUID own = knownPartner("Acting Partner CRO");
        String joint = raise(own, "Joint, partner acts", "OTHER", 3, 3, true);
        String sponsorOnly = raise(own, "Sponsor only, hidden", "OTHER", 3, 3, false);
        String token = partnerUser(own);

        action("/risks/" + joint + "/mitigations", null, mitigation(), token).statusCode(201)
                .body("riskId", equalTo(joint));
        action("/risks/" + joint + "/reviews", "\"0\"", "{\"decision\":\"NO_CHANGE\",\"notes\":\"On track\"}", token)
                .statusCode(201).body("reviewedByName", equalTo("Pat Partner"));
        action("/risks/" + sponsorOnly + "/mitigations", null, mitigation(), token).statusCode(404);
        action("/risks/" + sponsorOnly + "/reviews", "\"0\"", "{\"decision\":\"NO_CHANGE\",\"notes\":\"x\"}", token)
                .statusCode(404);
        action("/risks/" + joint + "/score", "\"1\"", "{\"likelihood\":1,\"impact\":1,\"reason\":\"x\"}", token)
                .statusCode(403);
        raise(riskBody(own, "Partner raise", "OTHER", 2, 2, true), token).statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).get("/risks/" + joint + "/mitigations").then()
                .statusCode(200).body("items.ownerName", contains("Pat Partner"));
    }

    private static String mitigation() {
        return "{\"description\":\"Hire a second QA lead\",\"ownerSide\":\"PARTNER\",\"ownerName\":\"Pat Partner\","
                + "\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}";
    }
}
