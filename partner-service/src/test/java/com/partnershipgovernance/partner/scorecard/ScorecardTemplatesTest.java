package com.partnershipgovernance.partner.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.CRITERIA;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.as;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.createTemplate;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.criterion;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.openSelection;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.quality;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.registerPartner;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.selectionBody;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.templateBody;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.token;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.viewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ScorecardTemplatesTest {

    private static final String REWEIGHTED = CRITERIA.replace("\"weight\":15,\"kind\":\"OTHER\"",
            "\"weight\":10,\"kind\":\"OTHER\"").replace("\"weight\":25,\"kind\":\"COST\"", "\"weight\":30,\"kind\":\"COST\"");

    @Test
    void aTemplateIsCreatedWithItsWeightedCriteriaAndRead() {
        String name = "Created " + UUID.randomUUID();
        String id = as(token("u-fin", "Fiona Finance", "finance")).body(templateBody(name, CRITERIA))
                .post("/scorecard-templates").then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", startsWith("http")).extract().path("id");
        as(token("u-sc", "Steve Committee", "steering-committee")).get("/scorecard-templates/" + id).then()
                .statusCode(200)
                .body("name", equalTo(name)).body("templateVersion", equalTo(1))
                .body("latest", equalTo(true)).body("inUse", equalTo(false))
                .body("scale.min", equalTo(1)).body("scale.max", equalTo(5))
                .body("criteria.code", contains("EXPERTISE", "COMPLIANCE", "CAPACITY", "COMMUNICATION", "COST"))
                .body("criteria.weight", contains(20, 25, 15, 15, 25))
                .body("criteria[4].kind", equalTo("COST"))
                .body("criteria[1].requiredFunctions", contains("QUALITY", "REGULATORY"))
                .body("createdBy", equalTo("u-fin"));
    }

    @Test
    void aTemplateNotInUseIsRevisedInPlaceAndItsHistoryShowsTheOldWeight() {
        String id = createTemplate("In place " + UUID.randomUUID());
        revise(id, "\"0\"", REWEIGHTED).statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id)).body("templateVersion", equalTo(1))
                .body("criteria.find { it.code == 'COST' }.weight", equalTo(30));

        as(viewer()).get("/scorecard-templates/" + id + "/history").then().statusCode(200)
                .body("criteria.find { it.code == 'COST' }.items", hasSize(2))
                .body("criteria.find { it.code == 'COST' }.items[1].reason", equalTo("Cost matters more this year"))
                .body("criteria.find { it.code == 'COST' }.items[1].changes[0].field", equalTo("weight"))
                .body("criteria.find { it.code == 'COST' }.items[1].changes[0].from", equalTo(25))
                .body("criteria.find { it.code == 'COST' }.items[1].changes[0].to", equalTo(30))
                .body("criteria.find { it.code == 'EXPERTISE' }.items", hasSize(1));
    }

    @Test
    void revisingATemplateInUseMakesANewVersionAndLeavesTheUsedOneUnchanged() {
        String name = "In use " + UUID.randomUUID();
        String v1 = createTemplate(name);
        String selection = openSelection("Uses version 1", v1, registerPartner("Alpha Aseptics AG"));
        as(viewer()).get("/scorecard-templates/" + v1).then().body("inUse", equalTo(true));

        String v2 = revise(v1, "\"0\"", name, REWEIGHTED).statusCode(201).header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("id", not(equalTo(v1))).body("templateVersion", equalTo(2))
                .body("previousVersionId", equalTo(v1)).body("latest", equalTo(true))
                .extract().path("id");

        as(viewer()).get("/scorecard-templates/" + v1).then().statusCode(200).header("ETag", "\"0\"")
                .body("latest", equalTo(false)).body("inUse", equalTo(true))
                .body("criteria.find { it.code == 'COST' }.weight", equalTo(25));
        as(viewer()).get("/scorecard-templates/" + v2).then()
                .body("criteria.find { it.code == 'COST' }.weight", equalTo(30))
                .body("familyId", equalTo(as(viewer()).get("/scorecard-templates/" + v1).then()
                        .extract().path("familyId")));
        as(viewer()).get("/selections/" + selection).then().body("templateId", equalTo(v1))
                .body("templateVersion", equalTo(1));
        as(viewer()).get("/scorecard-templates?q=" + name).then().body("items.id", contains(v2));
        as(viewer()).get("/scorecard-templates?allVersions=true&q=" + name).then().body("total", equalTo(2));

        // the superseded version is neither revised again nor used by new selections
        revise(v1, "\"0\"", CRITERIA).statusCode(409);
        as(quality()).body(selectionBody("On the old version", v1, "QUALITY", registerPartner("Bravo Biologics GmbH")))
                .post("/selections").then().statusCode(422).body("errors[0].field", equalTo("templateId"));
    }

    @Test
    void revisionsNeedTheCurrentETag() {
        String id = createTemplate("Concurrency " + UUID.randomUUID());
        revise(id, "\"3\"", REWEIGHTED).statusCode(412);
        as(quality()).body(templateBody("x", REWEIGHTED)).put("/scorecard-templates/" + id).then().statusCode(428);
        as(viewer()).get("/scorecard-templates/" + id).then().header("ETag", "\"0\"")
                .body("criteria.find { it.code == 'COST' }.weight", equalTo(25));
    }

    @Test
    void badTemplatesNameTheirFieldAndNothingIsStored() {
        String name = "Refused " + UUID.randomUUID();
        create(templateBody(name, CRITERIA.replace("\"weight\":20", "\"weight\":15"))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://partnershipgovernance.com/problems/business-rule"))
                .body("errors[0].field", equalTo("criteria"))
                .body("detail", equalTo("criteria weights must sum to 100 (they sum to 95)"));
        create(templateBody(name, CRITERIA.replace("\"kind\":\"OTHER\"", "\"kind\":\"PRICE\""))).statusCode(400)
                .body("errors[0].field", equalTo("criteria[3].kind"));
        create(templateBody(name, "[" + criterion("COST", "Cost", 100, "COST", "MARKETING") + "]")).statusCode(400)
                .body("errors[0].field", startsWith("criteria[0].requiredFunctions"));
        create(templateBody(name, "[" + criterion("COST", "Cost", 100, "COST") + "]")).statusCode(400)
                .body("errors[0].field", equalTo("criteria[0].requiredFunctions"));
        create(templateBody(name, "[" + criterion("COST", "Cost", 50, "COST", "FINANCE") + ","
                + criterion("COST", "Price", 50, "COST", "FINANCE") + "]")).statusCode(422)
                .body("errors[0].field", equalTo("criteria"));
        create(templateBody(name, CRITERIA.replace("\"weight\":20", "\"weight\":20.5"))).statusCode(400)
                .body("errors[0].field", equalTo("criteria[0].weight"));
        create(templateBody(name, CRITERIA).replace("\"max\":5", "\"max\":1")).statusCode(400)
                .body("errors[0].field", equalTo("scale.max"));
        create(templateBody(name, "[]")).statusCode(400).body("errors[0].field", equalTo("criteria"));
        as(viewer()).get("/scorecard-templates?allVersions=true&q=" + name).then().body("total", equalTo(0));
    }

    @Test
    void viewersReadTemplatesButOnlyFunctionsWriteThem() {
        as(viewer()).body(templateBody("Viewer's", CRITERIA)).post("/scorecard-templates").then().statusCode(403);
        String id = createTemplate("Read only " + UUID.randomUUID());
        as(viewer()).header("If-Match", "\"0\"").body(templateBody("Viewer's", CRITERIA))
                .put("/scorecard-templates/" + id).then().statusCode(403);
        as(viewer()).get("/scorecard-templates/" + id).then().statusCode(200);
    }

    private static ValidatableResponse create(String body) {
        return as(quality()).body(body).post("/scorecard-templates").then();
    }

    private static ValidatableResponse revise(String id, String ifMatch, String criteria) {
        return revise(id, ifMatch, "Revised", criteria);
    }

    private static ValidatableResponse revise(String id, String ifMatch, String name, String criteria) {
        return as(quality()).header("If-Match", ifMatch).header("X-Change-Reason", "Cost matters more this year")
                .body(templateBody(name, criteria)).put("/scorecard-templates/" + id).then();
    }
}
