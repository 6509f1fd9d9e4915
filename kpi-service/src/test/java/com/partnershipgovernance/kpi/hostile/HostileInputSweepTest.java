package com.partnershipgovernance.kpi.hostile;

import com.partnershipgovernance.kpi.KpiApi;
import com.partnershipgovernance.kpi.review.Reviews;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.sweep.ConcurrentRequests;
import com.partnershipgovernance.platform.testing.sweep.DatabaseFingerprint;
import com.partnershipgovernance.platform.testing.sweep.HostileInputSweep;
import com.partnershipgovernance.platform.testing.sweep.SweepReport;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over every operation of kpi-service's OpenAPI document, and concurrent writers of
 * one KPI definition: no 5xx, every 4xx a problem naming the field at fault, nothing written by a
 * rejected request, one winner per ETag, one definition per Idempotency-Key.
 */
@QuarkusTest
class HostileInputSweepTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Scheduler scheduler;

    private final String admin = TestInfrastructure.get().tokens().admin(Duration.ofHours(1));

    @Test
    void everyOperationAnswersHostileInputWithAProblemAndWritesNothing() {
        UUID partner = knownPartner("Hostile Sweep Analytics Ltd");
        String code = define(uniqueCode());
        String measurement = created("/measurements", "{\"kpiCode\":\"QUERY_RESPONSE_TIME\",\"partnerId\":\"" + partner
                + "\",\"period\":\"2026-03\",\"value\":30,\"source\":\"MANUAL\",\"comment\":\"Sweep\"}");
        // records for every id in a path, so body probes reach validation instead of stopping at 404
        String threshold = created("/kpi-definitions/QUERY_RESPONSE_TIME/thresholds", "{\"partnerId\":\"" + partner
                + "\",\"target\":24,\"greenThreshold\":24,\"redThreshold\":48,\"validFrom\":\"2026-01-01\"}");
        String review = created("/steering-committee-reviews", Reviews.review("2026-07-21", partner, "2026-08-31"));
        scheduler.pause();
        try {
            SweepReport report = HostileInputSweep.of("kpi-service", serviceUri())
                    .token(admin)
                    .pathId("kpi-definitions", code).pathId("code", code)
                    .pathId("measurements", measurement).pathId("partners", partner)
                    .pathId("thresholds", threshold).pathId("steering-committee-reviews", review).pathId("actions", 0)
                    .bodyValue("partnerId", partner).bodyValue("kpiCode", "QUERY_RESPONSE_TIME")
                    .comparing(DatabaseFingerprint.ofTestDatabase("kpi"))
                    .run();
            System.out.println(report.summary());
            assertThat(report.requests()).isGreaterThan(300);
            report.assertNoViolations();
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void fiftyConcurrentRevisionsWithOneETagChangeTheDefinitionOnce() {
        String code = define(uniqueCode());
        String etag = given().auth().oauth2(admin).get("/kpi-definitions/" + code).then().statusCode(200)
                .extract().header("ETag");
        int changesBefore = historySize(code);

        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(50, "PUT",
                serviceUri().resolve("/kpi-definitions/" + code),
                Map.of("Authorization", "Bearer " + admin, "If-Match", etag, "X-Change-Reason", "Concurrency proof"),
                "{\"name\":\"Technology transfer duration\",\"unit\":\"weeks\",\"category\":\"PERFORMANCE\"}");

        ConcurrentRequests.assertOneChangeWon(answers);
        assertThat(historySize(code)).isEqualTo(changesBefore + 1);
    }

    @Test
    void twentyConcurrentDefinitionsWithOneIdempotencyKeyCreateOneKpi() {
        String code = uniqueCode();
        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(20, "POST",
                serviceUri().resolve("/kpi-definitions"),
                Map.of("Authorization", "Bearer " + admin, "Idempotency-Key", UUID.randomUUID().toString()),
                KpiApi.kpiDefinition(code));

        ConcurrentRequests.assertOneRecordCreated(answers);
        assertThat(KpiApi.count("SELECT count(*) FROM kpi_definition WHERE code = '" + code + "'")).isEqualTo(1);
    }

    /** As {@link KpiApi#knownPartner(String)}, waiting longer: this may be the first event the consumer reads. */
    private UUID knownPartner(String legalName) {
        UUID partner = UUID.randomUUID();
        KpiApi.registered(partner, legalName, "CDMO", "STRATEGIC_ALLIANCE").send();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                given().auth().oauth2(admin).get("/partners/" + partner).then().statusCode(200));
        return partner;
    }

    private URI serviceUri() {
        return URI.create(base.toString().replaceAll("/$", ""));
    }

    private String define(String code) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(KpiApi.kpiDefinition(code))
                .post("/kpi-definitions").then().statusCode(201);
        return code;
    }

    private String created(String path, String body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path("id");
    }

    private int historySize(String code) {
        return given().auth().oauth2(admin).get("/kpi-definitions/" + code + "/history").then().statusCode(200)
                .extract().path("items.size()");
    }

    private static String uniqueCode() {
        return KpiApi.uniqueKpiCode("SWEEP_");
    }
}
