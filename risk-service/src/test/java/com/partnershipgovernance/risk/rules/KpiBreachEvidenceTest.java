package com.partnershipgovernance.risk.rules;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.event;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** kpi.breached links the breach to the matching live risk as evidence, or raises one at 3 x 3. */
@QuarkusTest
class KpiBreachEvidenceTest {

    @Test
    void costBreachIsLinkedOnceToTheLiveFinancialRiskWithoutReScoringIt() {
        UUID partner = knownPartner("KPI Evidence CRO");
        String risk = raise(partner, "Budget overrun", "FINANCIAL", 2, 3, false);
        String breach = UUID.randomUUID().toString();
        sendBreach(breach, partner, "BUDGET_VARIANCE", "COST", "2026-10");
        sendBreach(breach, partner, "BUDGET_VARIANCE", "COST", "2026-10");
        String again = UUID.randomUUID().toString();
        sendBreach(again, partner, "BUDGET_VARIANCE", "COST", "2026-10");
        awaitProcessed(again);

        given().auth().oauth2(viewer()).get("/risks/" + risk).then().header("ETag", "\"0\"")
                .body("score", equalTo(6));
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/rule-firings").then().statusCode(200)
                .body("items.outcome", contains("LINKED"))
                .body("items[0].policy", equalTo("kpi-breach-evidence"))
                .body("items[0].causeEventId", equalTo(breach))
                .body("items[0].inputs", containsString("BUDGET_VARIANCE"));
        assertThat(count("SELECT count(*) FROM rule_firing WHERE cause_event_id = '" + again
                + "' AND outcome = 'NO_CHANGE'")).isEqualTo(1);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1));
    }

    @Test
    void qualityBreachWithoutALiveRiskRaisesAJointQualitySystemRisk() {
        UUID partner = knownPartner("KPI Raise CDMO");
        String breach = UUID.randomUUID().toString();
        sendBreach(breach, partner, "RIGHT_FIRST_TIME", "QUALITY", "2026-Q3");
        awaitProcessed(breach);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("QUALITY_SYSTEM"))
                .body("items[0].score", equalTo(9))
                .body("items[0].joint", equalTo(true))
                .body("items[0].causeEventId", equalTo(breach));
    }

    private static void sendBreach(String eventId, UUID partner, String kpi, String category, String period) {
        event("kpi.breached").id(eventId).with("partnerId", partner).with("kpiCode", kpi)
                .with("kpiCategory", category).with("period", period).with("value", new BigDecimal("18.5"))
                .with("target", 5).with("rag", "RED").send();
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }
}
