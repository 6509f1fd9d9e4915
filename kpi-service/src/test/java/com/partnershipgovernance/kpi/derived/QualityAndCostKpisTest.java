package com.partnershipgovernance.kpi.derived;

import com.partnershipgovernance.kpi.KpiApi;
import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** The deviation, batch, spend and audit KPIs derived from CloudEvents on the broker, on worked examples. */
@QuarkusTest
class QualityAndCostKpisTest {

    @Test
    void deviationsAndBatchesGiveNotifiedOnTimeShareDaysToCloseRightFirstTimeAndDeviationsPerBatch() {
        UUID partner = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        deviation("deviation.reported", UUID.randomUUID(), partner, "2026-09-03", true).send();
        deviation("deviation.reported", UUID.randomUUID(), partner, "2026-09-10", true).send();
        String lateReport = deviation("deviation.reported", late, partner, "2026-09-15", false).send();
        batch(partner, "2026-09-20", true);
        batch(partner, "2026-09-22", true);
        batch(partner, "2026-09-25", false);
        batch(partner, "2026-09-28", true);
        // closed in October after 30 days; another one closed in October that kpi-service hears of only now
        String closure = deviation("deviation.closed", late, partner, "2026-09-15", false)
                .with("closedOn", "2026-10-15").with("daysOpen", 30).with("rootCause", "Operator error")
                .with("capaCount", 1).send();
        deviation("deviation.closed", UUID.randomUUID(), partner, "2026-10-01", true)
                .with("closedOn", "2026-10-13").with("daysOpen", 12).with("rootCause", "Equipment")
                .with("capaCount", 0).send();

        awaitValue(partner, "DEVIATIONS_NOTIFIED_ON_TIME_RATE", "2026-09", "66.67");
        awaitValue(partner, "RIGHT_FIRST_TIME_BATCH_RATE", "2026-09", "75.00");
        awaitValue(partner, "DEVIATIONS_PER_BATCH", "2026-09", "0.75");
        awaitValue(partner, "MEAN_DAYS_TO_CLOSE_DEVIATION", "2026-10", "21.00");
        // the October deviation heard of only at its closure counts as reported in October, without batches
        awaitValue(partner, "DEVIATIONS_NOTIFIED_ON_TIME_RATE", "2026-10", "100.00");
        given().auth().oauth2(viewer())
                .get("/measurements?kpiCode=DEVIATIONS_NOTIFIED_ON_TIME_RATE&partnerId=" + partner + "&period=2026-09")
                .then().body("items[0].sourceEvents.eventId", hasItem(lateReport));
        given().auth().oauth2(viewer())
                .get("/measurements?kpiCode=MEAN_DAYS_TO_CLOSE_DEVIATION&partnerId=" + partner)
                .then().body("items[0].sourceEvents.eventId", hasItem(closure));
        assertThat(count("SELECT count(*) FROM measurement WHERE partner_id = '" + partner
                + "' AND kpi_code = 'DEVIATIONS_PER_BATCH' AND period = '2026-10'")).isZero();
    }

    @Test
    void spendGivesTheMeanBudgetVarianceOfTheSowsAndARedeliveryChangesNothing() {
        UUID partner = UUID.randomUUID();
        UUID over = UUID.randomUUID();
        UUID under = UUID.randomUUID();
        spend(over, partner, "100000.00", "90000.00", "2026-09").send();
        spend(over, partner, "100000.00", "110000.00", "2026-09").send();
        EventExample underBudget = spend(under, partner, "60000.00", "45000.00", "2026-09");
        String id = underBudget.send();
        // the over-budget SOW stands at +10 %, the other at -25 %: the mean is -7.5 %
        awaitValue(partner, "BUDGET_VARIANCE", "2026-09", "-7.50");
        underBudget.send();
        String marker = spend(under, partner, "60000.00", "45000.00", "2026-09").send();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + marker + "'") == 1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + id + "'")).isEqualTo(1);
        awaitValue(partner, "BUDGET_VARIANCE", "2026-09", "-7.50");
    }

    @Test
    void closedAuditsGiveFindingsPerAuditPerQuarter() {
        UUID partner = UUID.randomUUID();
        audit(partner, "2026-07-14", 0, 1, 3, 2);
        audit(partner, "2026-09-02", 0, 0, 1, 0);
        awaitValue(partner, "AUDIT_FINDINGS_PER_AUDIT", "2026-Q3", "3.50");
    }

    private static EventExample deviation(String type, UUID deviation, UUID partner, String reportedOn,
                                          boolean onTime) {
        return KpiApi.event(type).with("deviationId", deviation).with("partnerId", partner)
                .with("sowId", UUID.randomUUID()).with("batchNumber", "B-0042").with("externalRef", "QMS-7781")
                .with("severity", "MAJOR").with("occurredOn", reportedOn).with("reportedOn", reportedOn)
                .with("notifiedOnTime", onTime);
    }

    private static void batch(UUID partner, String on, boolean rightFirstTime) {
        KpiApi.event("batch.dispositioned").with("batchId", UUID.randomUUID()).with("sowId", UUID.randomUUID())
                .with("partnerId", partner).with("batchNumber", "B-" + on)
                .with("disposition", rightFirstTime ? "RELEASED" : "REJECTED").with("rightFirstTime", rightFirstTime)
                .with("dispositionedOn", on).send();
    }

    private static EventExample spend(UUID sow, UUID partner, String budget, String spent, String month) {
        return KpiApi.event("sow.spend-recorded").with("sowId", sow).with("partnerId", partner)
                .with("externalRef", "PO-" + spent).with("amount.amount", "5000.00")
                .with("budget.amount", budget).with("spentToDate.amount", spent).with("periodMonth", month);
    }

    private static void audit(UUID partner, String closedOn, int critical, int major, int minor, int observation) {
        KpiApi.event("partner.audit-closed").with("partnerId", partner).with("auditId", UUID.randomUUID())
                .with("closedOn", closedOn).with("findings.critical", critical).with("findings.major", major)
                .with("findings.minor", minor).with("findings.observation", observation).send();
    }

    private static void awaitValue(UUID partner, String kpi, String period, String value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String found = given().auth().oauth2(viewer())
                    .get("/measurements?kpiCode=" + kpi + "&partnerId=" + partner + "&period=" + period)
                    .then().statusCode(200).extract().jsonPath().getString("items[0].value");
            assertThat(found).as(kpi + " " + period).isNotNull();
            assertThat(new BigDecimal(found)).as(kpi + " " + period).isEqualByComparingTo(value);
        });
    }
}
