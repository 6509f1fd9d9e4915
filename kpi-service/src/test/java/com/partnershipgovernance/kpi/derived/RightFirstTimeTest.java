package com.partnershipgovernance.kpi.derived;

import com.partnershipgovernance.kpi.KpiApi;
import com.partnershipgovernance.platform.testing.events.EventExample;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.count;
import static com.partnershipgovernance.kpi.KpiApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The right-first-time batch rate counts only batches released without rework or deviation: a rejected batch
 * never, and a deviation linked after release corrects the rate of the disposition's period, once.
 */
@QuarkusTest
class RightFirstTimeTest {

    private static final String RFT = "RIGHT_FIRST_TIME_BATCH_RATE";

    @Test
    void threeReleasedAndOneRejectedBatchReadSeventyFivePercentRedEvenWhenTheRejectionSaysRightFirstTime() {
        UUID partner = UUID.randomUUID();
        dispositioned(UUID.randomUUID(), partner, "RELEASED", "2026-09-02");
        dispositioned(UUID.randomUUID(), partner, "RELEASED", "2026-09-09");
        dispositioned(UUID.randomUUID(), partner, "RELEASED", "2026-09-16");
        // as agreement-service announced a clean rejected batch before the fix: rightFirstTime true
        dispositioned(UUID.randomUUID(), partner, "REJECTED", "2026-09-23");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath measurement = measurement(partner, "2026-09");
            // not derived yet on the first polls: an assertion to retry, not an exception that ends the wait
            assertThat(measurement.getString("value")).isNotNull();
            assertThat(new BigDecimal(measurement.getString("value"))).isEqualByComparingTo("75.00");
            assertThat(measurement.getString("rag")).isEqualTo("RED");
        });
    }

    @Test
    void aDeviationLinkedAfterReleaseCorrectsTheRateOfTheDispositionsPeriodOnce() {
        UUID partner = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        dispositioned(late, partner, "RELEASED", "2026-08-04");
        dispositioned(UUID.randomUUID(), partner, "RELEASED", "2026-08-11");
        dispositioned(UUID.randomUUID(), partner, "RELEASED", "2026-08-18");
        dispositioned(UUID.randomUUID(), partner, "RELEASED", "2026-08-25");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM batch_disposition WHERE partner_id = '" + partner + "'") == 4);
        awaitValue(partner, "2026-08", "100.00");

        EventExample linked = deviationLinked(late, partner);
        String link = linked.send();
        awaitValue(partner, "2026-08", "75.00");
        // a redelivery, and a second deviation linked to the same batch, change nothing more
        linked.send();
        String second = deviationLinked(late, partner).send();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + second + "'") == 1);

        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + link + "'")).isEqualTo(1);
        String id = measurement(partner, "2026-08").getString("id");
        JsonPath history = given().auth().oauth2(viewer()).get("/measurements/" + id + "/history").then()
                .statusCode(200).extract().jsonPath();
        List<Object> corrections = history.getList("items.findAll { it.changes.any { c -> c.field == 'value' "
                + "&& c.from != null } }.changes.flatten().findAll { it.field == 'value' }.to");
        assertThat(corrections).as("recorded at 100 %, corrected once").hasSize(1);
        assertThat(new BigDecimal(String.valueOf(corrections.get(0)))).isEqualByComparingTo("75.00");
        awaitValue(partner, "2026-08", "75.00");
    }

    private static void dispositioned(UUID batch, UUID partner, String disposition, String on) {
        KpiApi.event("batch.dispositioned").with("batchId", batch).with("sowId", UUID.randomUUID())
                .with("partnerId", partner).with("batchNumber", "B-" + on).with("disposition", disposition)
                .with("rightFirstTime", true).with("dispositionedOn", on).send();
    }

    private static EventExample deviationLinked(UUID batch, UUID partner) {
        return KpiApi.event("batch.deviation-linked").with("batchId", batch).with("sowId", UUID.randomUUID())
                .with("partnerId", partner).with("batchNumber", "B-LATE").with("deviationId", UUID.randomUUID())
                .with("disposition", "RELEASED").with("rightFirstTime", false).with("dispositionedOn", "2026-08-04");
    }

    private static JsonPath measurement(UUID partner, String period) {
        return given().auth().oauth2(viewer())
                .get("/measurements?kpiCode=" + RFT + "&partnerId=" + partner + "&period=" + period)
                .then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
    }

    private static void awaitValue(UUID partner, String period, String value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String found = measurement(partner, period).getString("value");
            assertThat(found).as(RFT + " " + period).isNotNull();
            assertThat(new BigDecimal(found)).as(RFT + " " + period).isEqualByComparingTo(value);
        });
    }
}
