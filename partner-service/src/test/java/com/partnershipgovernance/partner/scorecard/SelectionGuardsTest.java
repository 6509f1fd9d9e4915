package com.partnershipgovernance.partner.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.as;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.createTemplate;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.openSelection;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.partnerUser;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.quality;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.registerPartner;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.score;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.selectionBody;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.staleToken;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.token;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.viewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Bad input names its field and stores nothing; roles, partner users and stale signatures are refused. */
@QuarkusTest
class SelectionGuardsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String DECIDE_ALPHA = "{\"chosenPartnerId\":\"%s\",\"rationale\":\"Best overall\","
            + "\"signature\":{\"meaning\":\"APPROVAL\"}}";

    private String template;
    private String alpha;
    private String bravo;
    private String selection;

    @BeforeEach
    void openASelection() {
        template = createTemplate("Guarded " + UUID.randomUUID());
        alpha = registerPartner("Alpha Aseptics AG");
        bravo = registerPartner("Bravo Biologics GmbH");
        selection = openSelection("Guarded selection", template, alpha, bravo);
    }

    @Test
    void badSelectionsNameTheirFieldAndNothingIsStored() {
        String title = "Never stored " + UUID.randomUUID();
        open(selectionBody(title, template, "QUALITY", alpha, UUID.randomUUID().toString())).statusCode(422)
                .contentType(PROBLEM).body("errors[0].field", equalTo("candidatePartnerIds"));
        open(selectionBody(title, UUID.randomUUID().toString(), "QUALITY", alpha)).statusCode(422)
                .body("errors[0].field", equalTo("templateId"));
        open(selectionBody(title, template, "MARKETING", alpha)).statusCode(400)
                .body("errors[0].field", equalTo("ownerFunction"));
        open(selectionBody(title, template, "QUALITY", alpha, alpha)).statusCode(400)
                .body("errors[0].field", equalTo("candidatePartnerIds"));
        open(selectionBody(title, template, "QUALITY")).statusCode(400)
                .body("errors[0].field", equalTo("candidatePartnerIds"));
        open(selectionBody(title, template, "QUALITY", "not-a-uuid")).statusCode(400)
                .body("errors[0].field", startsWith("candidatePartnerIds"));
        as(viewer()).get("/selections?q=" + title).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badScoresNameTheirFieldAndNothingIsStored() {
        score(quality(), selection, alpha, "COMPLIANCE", "QUALITY", 6).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("score"));
        score(quality(), selection, alpha, "COMPLIANCE", "QUALITY", 0).statusCode(400)
                .body("errors[0].field", equalTo("score"));
        score(quality(), selection, alpha, "COMPLIANCE", "QUALITY", 4.5).statusCode(400)
                .body("errors[0].field", equalTo("score"));
        score(quality(), selection, alpha, "PRICE", "QUALITY", 4).statusCode(422)
                .body("errors[0].field", equalTo("criterionCode"));
        score(quality(), selection, registerPartner("Outsider Ltd"), "COMPLIANCE", "QUALITY", 4).statusCode(422)
                .body("errors[0].field", equalTo("candidatePartnerId"));
        score(quality(), selection, alpha, "COMPLIANCE", "MARKETING", 4).statusCode(400)
                .body("errors[0].field", equalTo("function"));
        // scoring as a function one does not hold
        score(quality(), selection, alpha, "COST", "FINANCE", 4).statusCode(403).contentType(PROBLEM);
        score(viewer(), selection, alpha, "COMPLIANCE", "QUALITY", 4).statusCode(403);
        score(quality(), UUID.randomUUID().toString(), alpha, "COMPLIANCE", "QUALITY", 4).statusCode(404);
        as(viewer()).get("/selections/" + selection + "/scores").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void viewersAndTheSteeringCommitteeReadButDoNotWrite() {
        String committee = token("u-sc", "Steve Committee", "steering-committee");
        as(committee).get("/selections/" + selection).then().statusCode(200).body("title", equalTo("Guarded selection"));
        as(committee).get("/selections/" + selection + "/ranking").then().statusCode(200);
        as(viewer()).get("/selections?q=Guarded").then().statusCode(200);
        as(viewer()).body(selectionBody("Viewer's", template, "QUALITY", alpha)).post("/selections").then()
                .statusCode(403);
        as(committee).header("If-Match", "\"0\"").body(String.format(DECIDE_ALPHA, alpha))
                .post("/selections/" + selection + "/decision").then().statusCode(403);
    }

    @Test
    void aPartnerUserSeesNothingOfSelections() {
        String own = partnerUser(alpha);
        for (String id : new String[] {selection, UUID.randomUUID().toString()}) {
            for (String path : new String[] {"", "/ranking", "/history", "/scores", "/scores/history"}) {
                as(own).get("/selections/" + id + path).then().statusCode(404).contentType(PROBLEM);
            }
            score(own, id, alpha, "COMPLIANCE", "QUALITY", 4).statusCode(404);
            as(own).header("If-Match", "\"0\"").body(String.format(DECIDE_ALPHA, alpha))
                    .post("/selections/" + id + "/decision").then().statusCode(404);
        }
        as(own).get("/selections").then().statusCode(403);
        as(own).body(selectionBody("Mine", template, "QUALITY", alpha)).post("/selections").then().statusCode(403);
        as(own).get("/scorecard-templates").then().statusCode(403);
    }

    @Test
    void onlyTheOwnerFunctionOrAdminDecidesWithAFreshSignature() {
        decide(token("u-reg", "Rex Regulatory", "regulatory"), "\"0\"", alpha).statusCode(403);
        decide(staleToken("u-quality", "quality"), "\"0\"", alpha).statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("https://partnershipgovernance.com/problems/signature-refused"));
        decide(quality(), null, alpha).statusCode(428);
        decide(quality(), "\"7\"", alpha).statusCode(412);
        decide(quality(), "\"0\"", registerPartner("Outsider Ltd")).statusCode(422)
                .body("errors[0].field", equalTo("chosenPartnerId"));
        as(quality()).header("If-Match", "\"0\"").body("{\"chosenPartnerId\":\"" + alpha + "\",\"rationale\":\"x\"}")
                .post("/selections/" + selection + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("signature"));
        as(viewer()).get("/selections/" + selection).then().body("status", equalTo("OPEN")).header("ETag", "\"0\"");

        decide(token("u-admin", "Ada Admin", "admin"), "\"0\"", alpha).statusCode(200)
                .body("decision.signature.signerId", equalTo("u-admin"));
    }

    private ValidatableResponse decide(String token, String ifMatch, String chosen) {
        var request = as(token).body(String.format(DECIDE_ALPHA, chosen));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/selections/" + selection + "/decision").then();
    }

    private static ValidatableResponse open(String body) {
        return as(quality()).body(body).post("/selections").then();
    }
}
