package com.partnershipgovernance.agreement.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.agreement.sow.SowTestSupport;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over every operation of agreement-service's OpenAPI document, and concurrent writers
 * of one MSA: no 5xx, every 4xx a problem naming the field at fault, nothing written by a rejected
 * request, one winner per ETag, one MSA per Idempotency-Key.
 */
@QuarkusTest
class HostileInputSweepTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    Scheduler scheduler;

    private final String admin = TestInfrastructure.get().tokens().admin(Duration.ofHours(1));

    @Test
    void everyOperationAnswersHostileInputWithAProblemAndWritesNothing() {
        UUID partner = partner("Hostile Sweep Sterile AG", "QUALIFIED");
        String msa = draft(msa(partner));
        String sow = SowTestSupport.executedSow(partner, "MANUFACTURING");
        String deviation = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("partnerId", partner.toString(), "sowId", sow, "batchNumber", "DS-SWEEP-1",
                        "externalRef", "QMS-SWEEP-" + UUID.randomUUID(), "category", "OOS_RESULT",
                        "occurredOn", LocalDate.now().minusDays(2).toString(),
                        "reportedOn", LocalDate.now().minusDays(1).toString(), "description", "Assay out of specification"))
                .post("/deviations").then().statusCode(201).extract().path("id");
        // the expiry and milestone jobs would change agreements and milestones between two comparisons
        scheduler.pause();
        try {
            SweepReport report = HostileInputSweep.of("agreement-service", serviceUri())
                    .token(admin)
                    .pathId("msas", msa).pathId("sows", sow).pathId("sowId", sow)
                    .pathId("deviations", deviation).pathId("partners", partner)
                    .bodyValue("partnerId", partner).bodyValue("msaId", msa).bodyValue("sowId", sow)
                    .comparing(DatabaseFingerprint.ofTestDatabase("agreement"))
                    .run();
            System.out.println(report.summary());
            assertThat(report.requests()).isGreaterThan(500);
            report.assertNoViolations();
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void fiftyConcurrentEditsWithOneETagChangeTheMsaOnce() throws Exception {
        UUID partner = partner("Concurrent Edit Biologics NV", "QUALIFIED");
        String msa = draft(msa(partner));
        String etag = given().auth().oauth2(admin).get("/msas/" + msa).then().statusCode(200).extract().header("ETag");
        int changesBefore = historySize(msa);
        Map<String, Object> edited = msa(partner);
        edited.put("title", "Master services agreement, edited concurrently");

        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(50, "PUT", serviceUri().resolve("/msas/" + msa),
                Map.of("Authorization", "Bearer " + admin, "If-Match", etag, "X-Change-Reason", "Concurrency proof"),
                JSON.writeValueAsString(edited));

        ConcurrentRequests.assertOneChangeWon(answers);
        assertThat(historySize(msa)).isEqualTo(changesBefore + 1);
    }

    @Test
    void twentyConcurrentDraftsWithOneIdempotencyKeyCreateOneMsa() throws Exception {
        UUID partner = partner("Idempotent Draft Pharma GmbH", "QUALIFIED");
        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(20, "POST", serviceUri().resolve("/msas"),
                Map.of("Authorization", "Bearer " + admin, "Idempotency-Key", UUID.randomUUID().toString()),
                JSON.writeValueAsString(msa(partner)));

        ConcurrentRequests.assertOneRecordCreated(answers);
        assertThat(TestInfrastructure.get().postgres().queryForLong("agreement",
                "SELECT count(*) FROM msa WHERE partner_id = '" + partner + "'")).isEqualTo(1);
    }

    private URI serviceUri() {
        return URI.create(base.toString().replaceAll("/$", ""));
    }

    private int historySize(String msa) {
        return given().auth().oauth2(admin).get("/msas/" + msa + "/history").then().statusCode(200)
                .extract().path("items.size()");
    }
}
