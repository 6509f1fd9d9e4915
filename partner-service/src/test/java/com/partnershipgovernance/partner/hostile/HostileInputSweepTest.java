package com.partnershipgovernance.partner.hostile;

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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over every operation of partner-service's OpenAPI document, and concurrent writers
 * of one partner: no 5xx, every 4xx a problem naming the field at fault, nothing written by a
 * rejected request, one winner per ETag, one partner per Idempotency-Key.
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
        String partner = register("Hostile Sweep Biologics GmbH");
        String site = created("/partners/" + partner + "/sites", "{\"name\":\"Sweep plant\",\"country\":\"DE\"}");
        String certificate = created("/partners/" + partner + "/sites/" + site + "/certificates",
                "{\"issuingAuthority\":\"BfArM\",\"certificateNumber\":\"DE-SWEEP-1\",\"issuedOn\":\""
                        + LocalDate.now().minusYears(1) + "\",\"expiresOn\":\"" + LocalDate.now().plusYears(2)
                        + "\",\"scope\":\"Sterile fill-finish\"}");
        // the certificate-expiry job would stamp certificates it announces between two comparisons
        scheduler.pause();
        try {
            SweepReport report = HostileInputSweep.of("partner-service", serviceUri())
                    .token(admin)
                    .pathId("partners", partner).pathId("partnerId", partner)
                    .pathId("sites", site).pathId("siteId", site)
                    .pathId("certificates", certificate).pathId("certificateId", certificate)
                    .bodyValue("partnerId", partner).bodyValue("siteId", site)
                    .comparing(DatabaseFingerprint.ofTestDatabase("partner"))
                    .run();
            System.out.println(report.summary());
            assertThat(report.requests()).isGreaterThan(500);
            report.assertNoViolations();
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void fiftyConcurrentRevisionsWithOneETagChangeThePartnerOnce() {
        String partner = register("Concurrent Revision Pharma SA");
        String etag = given().auth().oauth2(admin).get("/partners/" + partner).then().statusCode(200)
                .extract().header("ETag");
        int changesBefore = historySize(partner);

        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(50, "PUT",
                serviceUri().resolve("/partners/" + partner),
                Map.of("Authorization", "Bearer " + admin, "If-Match", etag, "X-Change-Reason", "Concurrency proof"),
                "{\"legalName\":\"Concurrent Revision Pharma SA\",\"type\":\"CRO\",\"headquartersCountry\":\"FR\"}");

        ConcurrentRequests.assertOneChangeWon(answers);
        assertThat(historySize(partner)).isEqualTo(changesBefore + 1);
    }

    @Test
    void twentyConcurrentRegistrationsWithOneIdempotencyKeyCreateOnePartner() {
        String name = "Idempotent Biologics " + UUID.randomUUID();
        List<ConcurrentRequests.Answer> answers = ConcurrentRequests.send(20, "POST", serviceUri().resolve("/partners"),
                Map.of("Authorization", "Bearer " + admin, "Idempotency-Key", UUID.randomUUID().toString()),
                "{\"legalName\":\"" + name + "\",\"type\":\"CDMO\"}");

        ConcurrentRequests.assertOneRecordCreated(answers);
        assertThat(TestInfrastructure.get().postgres().queryForLong("partner",
                "SELECT count(*) FROM partner WHERE legal_name = '" + name + "'")).isEqualTo(1);
    }

    private URI serviceUri() {
        return URI.create(base.toString().replaceAll("/$", ""));
    }

    private String register(String legalName) {
        return created("/partners", "{\"legalName\":\"" + legalName + "\",\"type\":\"CDMO\"}");
    }

    private String created(String path, String body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path("id");
    }

    private int historySize(String partner) {
        return given().auth().oauth2(admin).get("/partners/" + partner + "/history").then().statusCode(200)
                .extract().path("items.size()");
    }
}
