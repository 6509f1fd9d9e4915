package com.partnershipgovernance.risk.mitigation;

import com.partnershipgovernance.risk.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.close;
import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.partnerUser;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MitigationActionsTest {

    @Inject
    TestClock clock;

    @Test
    void dueDateInThePastIsRefusedNamingDueOnAndNothingIsStored() {
        UUID partner = knownPartner("Past Due Mitigation Ltd");
        String risk = raise(partner, "Needs mitigation", "OTHER", 3, 3, false);
        action("/risks/" + risk + "/mitigations", null, body(clock.today().minusDays(1)), quality())
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("dueOn"));
        assertThat(count("SELECT count(*) FROM mitigation_action WHERE risk_id = '" + risk + "'")).isZero();
    }

    @Test
    void actionPastItsDueDateIsListedOverdueUntilCompleted() {
        UUID partner = knownPartner("Overdue Mitigation CDMO");
        String risk = raise(partner, "Line 2 qualification", "SUPPLY_CHAIN_DISRUPTION", 3, 4, true);
        String action = action("/risks/" + risk + "/mitigations", null, body(clock.today().plusDays(10)), quality())
                .statusCode(201).header("ETag", "\"0\"").body("status", equalTo("PLANNED"))
                .body("overdue", equalTo(false)).extract().path("id");

        clock.advanceDays(11);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/mitigations/overdue")
                .then().statusCode(200).body("items.id", contains(action)).body("items[0].overdue", equalTo(true));
        given().auth().oauth2(partnerUser(partner)).get("/mitigations/overdue").then().statusCode(200)
                .body("items.id", contains(action));
        given().auth().oauth2(partnerUser(UUID.randomUUID())).get("/mitigations/overdue").then().statusCode(200)
                .body("items.id", not(hasItem(action)));

        action("/mitigations/" + action + "/status", "\"0\"",
                "{\"to\":\"COMPLETED\",\"reason\":\"PQ approved\",\"completionNote\":\"PQ report QA-118\"}",
                partnerUser(partner))
                .statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo(clock.today().toString())).body("overdue", equalTo(false));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/mitigations/overdue")
                .then().statusCode(200).body("total", equalTo(0));
        action("/mitigations/" + action + "/status", "\"1\"", "{\"to\":\"CANCELLED\",\"reason\":\"x\"}", quality())
                .statusCode(409);
        given().auth().oauth2(viewer()).get("/mitigations/" + action + "/history").then().statusCode(200)
                .body("items[1].reason", equalTo("PQ approved"))
                .body("items[1].byName", equalTo("Pat Partner"));
    }

    @Test
    void closedRiskTakesNoNewMitigation() {
        UUID partner = knownPartner("Closed Risk Mitigation Ltd");
        String risk = raise(partner, "Closed", "OTHER", 2, 2, false);
        close(risk, "Gone");
        action("/risks/" + risk + "/mitigations", null, body(clock.today().plusDays(3)), quality()).statusCode(409);
    }

    private static String body(java.time.LocalDate dueOn) {
        return "{\"description\":\"Qualify second fill-finish line\",\"ownerSide\":\"PARTNER\","
                + "\"ownerName\":\"Pat Partner\",\"dueOn\":\"" + dueOn + "\"}";
    }
}
