package com.partnershipgovernance.kpi.derived;

import com.partnershipgovernance.kpi.KpiApi;
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
        deviation("deviation.reported", UUID.randomUUID(), partner, "2026-09-03", true, "");
        deviation("deviation.reported", UUID.randomUUID(), partner, "2026-09-10", true, "");
        String lateReport = deviation("deviation.reported", late, partner, "2026-09-15", false, "");
        batch(partner, "2026-09-20", true);
        batch(partner, "2026-09-22", true);
        batch(partner, "2026-09-25", false);
        batch(partner, "2026-09-28", true);
        // closed in October after 30 days; another one closed in October that kpi-service hears of only now
        String closure = deviation("deviation.closed", late, partner, "2026-09-15", false,
                ",\"closedOn\":\"2026-10-15\",\"daysOpen\":30,\"rootCause\":\"Operator error\",\"capaCount\":1");
        deviation("deviation.closed", UUID.randomUUID(), partner, "2026-10-01", true,
                ",\"closedOn\":\"2026-10-13\",\"daysOpen\":12,\"rootCause\":\"Equipment\",\"capaCount\":0");

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
        spend(over, partner, "100000.00", "90000.00", "2026-09");
        spend(over, partner, "100000.00", "110000.00", "2026-09");
        String payload = spendPayload(under, partner, "60000.00", "45000.00", "2026-09");
        String id = UUID.randomUUID().toString();
        KpiApi.send("agreement.events.v1", id, "sow.spend-recorded", "/agreement-service", under, payload);
        // the over-budget SOW stands at +10 %, the other at -25 %: the mean is -7.5 %
        awaitValue(partner, "BUDGET_VARIANCE", "2026-09", "-7.50");
        KpiApi.send("agreement.events.v1", id, "sow.spend-recorded", "/agreement-service", under, payload);
        String marker = spend(under, partner, "60000.00", "45000.00", "2026-09");
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

    private static String deviation(String type, UUID deviation, UUID partner, String reportedOn, boolean onTime,
                                     String extra) {
        return KpiApi.send("agreement.deviations.v1", type, "/agreement-service", deviation,
                "{\"deviationId\":\"" + deviation + "\",\"partnerId\":\"" + partner + "\",\"sowId\":\""
                        + UUID.randomUUID() + "\",\"batchNumber\":\"B-0042\",\"externalRef\":\"QMS-7781\","
                        + "\"category\":\"OOS_RESULT\",\"severity\":\"MAJOR\",\"occurredOn\":\"" + reportedOn
                        + "\",\"reportedOn\":\"" + reportedOn + "\",\"notifiedOnTime\":" + onTime + extra + "}");
    }

    private static void batch(UUID partner, String on, boolean rightFirstTime) {
        UUID batch = UUID.randomUUID();
        KpiApi.send("agreement.events.v1", "batch.dispositioned", "/agreement-service", batch,
                "{\"batchId\":\"" + batch + "\",\"sowId\":\"" + UUID.randomUUID() + "\",\"partnerId\":\"" + partner
                        + "\",\"batchNumber\":\"B-" + on + "\",\"disposition\":\"" + (rightFirstTime ? "RELEASED"
                        : "REJECTED") + "\",\"rightFirstTime\":" + rightFirstTime + ",\"dispositionedOn\":\"" + on
                        + "\"}");
    }

    private static String spend(UUID sow, UUID partner, String budget, String spent, String month) {
        return KpiApi.send("agreement.events.v1", "sow.spend-recorded", "/agreement-service", sow,
                spendPayload(sow, partner, budget, spent, month));
    }

    private static String spendPayload(UUID sow, UUID partner, String budget, String spent, String month) {
        return "{\"sowId\":\"" + sow + "\",\"partnerId\":\"" + partner + "\",\"externalRef\":\"PO-" + spent + "\","
                + "\"amount\":{\"amount\":\"5000.00\",\"currency\":\"EUR\"},"
                + "\"budget\":{\"amount\":\"" + budget + "\",\"currency\":\"EUR\"},"
                + "\"spentToDate\":{\"amount\":\"" + spent + "\",\"currency\":\"EUR\"},\"periodMonth\":\"" + month
                + "\"}";
    }

    private static void audit(UUID partner, String closedOn, int critical, int major, int minor, int observation) {
        KpiApi.send("partner.events.v1", "partner.audit-closed", "/partner-service", partner,
                "{\"partnerId\":\"" + partner + "\",\"auditId\":\"" + UUID.randomUUID() + "\",\"auditType\":\"ROUTINE\","
                        + "\"closedOn\":\"" + closedOn + "\",\"findings\":{\"critical\":" + critical + ",\"major\":"
                        + major + ",\"minor\":" + minor + ",\"observation\":" + observation + "}}");
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
