package com.partnershipgovernance.risk.hostile;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.sweep.ConcurrentRequests;
import com.partnershipgovernance.platform.testing.sweep.DatabaseFingerprint;
import com.partnershipgovernance.platform.testing.sweep.HostileInputSweep;
import com.partnershipgovernance.platform.testing.sweep.SweepReport;
import com.partnershipgovernance.risk.RiskApi;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over every operation of risk-service's OpenAPI document, and concurrent writers of
 * one risk: no 5xx, every 4xx a problem naming the field at fault, nothing written by a rejected
 * request, one winner per ETag, one risk per Idempotency-Key.
 */
@QuarkusTest
class HostileInputSweepTest {

    private static final String REVISION = "{\"title\":\"Key scientist turnover\",\"category\":"
            + "\"PARTNER_CAPACITY_OR_TURNOVER\",\"ownerSide\":\"PARTNER\",\"ownerName\":\"Pat Partner\",\"joint\":true,"
            + "\"residualLikelihood\":2,\"residualImpact\":3,\"reviewFrequency\":\"MONTHLY\"}";

    @TestHTTPResource("/")
    URI base;

    @Inject
    Scheduler scheduler;

    private final String admin = TestInfrastructure.get().tokens().admin(Duration.ofHours(1));

    @Test
    void everyOperationAnswersHostileInputWithAProblemAndWritesNothing() {
        UUID partner = RiskApi.knownPartner("Hostile Sweep Clinical Research BV");
        String risk = RiskApi.raise(partner, "Sweep risk", "PARTNER_CAPACITY_OR_TURNOVER", 3, 4, true);
        // the certificate-expiry job would raise risks between two comparisons
        scheduler.pause();
        try {
            SweepReport report = HostileInputSweep.of("risk-service", serviceUri())
                    .token(admin)
                    .pathId("risks", risk).pathId("partners", partner)
                    .bodyValue("partnerId", partner).bodyValue("riskId", risk)
                    // a scenario names the event it plays through the rules
                    .bodyValue("type", "deviation.reported")
                    .comparing(DatabaseFingerprint.ofTestDatabase("risk"))
                    .run();
            System.out.println(report.summary());
            assertThat(report.requests()).isGreaterThan(300);
            report.assertNoViolations();
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void fiftyConcurrentRevisionsWithOneETagChangeTheRiskOnce() {
        UUID partner = RiskApi.knownPartner("Concurrent Revision CRO Ltd");
        String risk = RiskApi.raise(partner, "Staff turnover", "PARTNER_CAPACITY_OR_TURNOVER", 3, 4, false);
        String etag = RiskApi.etag(risk);
        int changesBefore = historySize(risk);

        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(50, "PUT", serviceUri().resolve("/risks/" + risk),
                Map.of("Authorization", "Bearer " + admin, "If-Match", etag, "X-Change-Reason", "Concurrency proof"),
                REVISION);

        ConcurrentRequests.assertOneChangeWon(answers);
        assertThat(historySize(risk)).isEqualTo(changesBefore + 1);
    }

    @Test
    void twentyConcurrentRaisesWithOneIdempotencyKeyCreateOneRisk() {
        UUID partner = RiskApi.knownPartner("Idempotent Raise Pharma AG");
        String title = "Idempotent risk " + UUID.randomUUID();
        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(20, "POST", serviceUri().resolve("/risks"),
                Map.of("Authorization", "Bearer " + admin, "Idempotency-Key", UUID.randomUUID().toString()),
                RiskApi.riskBody(partner, title, "PARTNER_CAPACITY_OR_TURNOVER", 2, 3, false));

        ConcurrentRequests.assertOneRecordCreated(answers);
        assertThat(RiskApi.count("SELECT count(*) FROM risk WHERE title = '" + title + "'")).isEqualTo(1);
    }

    private URI serviceUri() {
        return URI.create(base.toString().replaceAll("/$", ""));
    }

    private int historySize(String risk) {
        return given().auth().oauth2(admin).get("/risks/" + risk + "/history").then().statusCode(200)
                .extract().path("items.size()");
    }
}
