package com.partnershipgovernance.risk.rules;

import com.partnershipgovernance.platform.testing.events.EventExample;
import com.partnershipgovernance.risk.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.event;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.partnerUser;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static com.partnershipgovernance.risk.RiskApi.supplyChain;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * partner.certification-expiring on the broker: evidence for the live PARTNER_COMPLIANCE risk at once, otherwise a
 * watch that raises a PARTNER_COMPLIANCE risk when the certificate expires without a recorded renewal.
 */
@QuarkusTest
class CertificateExpiryRiskTest {

    @Inject
    TestClock clock;

    @Inject
    CertificateExpiryJob job;

    @Test
    void expiringCertificateIsEvidenceOnceForTheLiveComplianceRisk() {
        UUID partner = knownPartner("Cert Evidence CDMO");
        String risk = raise(partner, "Sterility assurance findings", "PARTNER_COMPLIANCE", 2, 4, false);
        String event = UUID.randomUUID().toString();
        sendExpiring(event, partner, "EUGMP-EV-1", clock.today().plusDays(60));
        sendExpiring(event, partner, "EUGMP-EV-1", clock.today().plusDays(60));
        awaitProcessed(event);
        announced(partner, "EUGMP-EV-MARKER", clock.today().plusDays(70));

        given().auth().oauth2(viewer()).get("/risks/" + risk).then().header("ETag", "\"0\"")
                .body("score", equalTo(8));
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/rule-firings").then().statusCode(200)
                .body("items.outcome", contains("LINKED", "LINKED"))
                .body("items[0].policy", equalTo("certificate-expiry-risk"))
                .body("items[0].policyVersion", equalTo(1))
                .body("items[0].causeEventId", equalTo(event))
                .body("items[0].causeEventType", equalTo("partner.certification-expiring"))
                .body("items[0].inputs", containsString("EUGMP-EV-1"));
        assertThat(count("SELECT count(*) FROM rule_firing WHERE cause_event_id = '" + event + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM certificate_watch WHERE partner_id = '" + partner + "'"))
                .isEqualTo(2);
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/certificate-watches")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items[0].certificateId", equalTo("EUGMP-EV-1"))
                .body("items[0].status", equalTo("WATCHING"))
                .body("items[0].riskId", equalTo(risk))
                .body("items[0].causeEventId", equalTo(event));
    }

    @Test
    void certificateExpiringWithoutRenewalRaisesAComplianceRiskOnceWhenTheWindowEnds() {
        UUID partner = knownPartner("Cert Expiry CRO");
        String event = announced(partner, "EUGMP-EX-1", clock.today().plusDays(10));
        assertThat(count("SELECT count(*) FROM rule_firing WHERE cause_event_id = '" + event
                + "' AND outcome = 'NO_CHANGE'")).isEqualTo(1);

        job.expireDue();
        assertThat(risksOf(partner)).isZero();

        clock.advanceDays(10);
        job.expireDue();
        job.expireDue();
        sendExpiring(event, partner, "EUGMP-EX-1", clock.today());
        String marker = announced(partner, "EUGMP-EX-MARKER", clock.today().plusDays(80));

        assertThat(risksOf(partner)).isEqualTo(1);
        String risk = given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks")
                .then().statusCode(200)
                .body("items[0].category", equalTo("PARTNER_COMPLIANCE"))
                .body("items[0].score", equalTo(16))
                .body("items[0].joint", equalTo(true))
                .body("items[0].causeEventId", equalTo(event))
                .extract().path("items[0].id");
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/rule-firings").then()
                .body("items.outcome", contains("RAISED", "LINKED"))
                .body("items[0].policy", equalTo("certificate-expiry-risk"))
                .body("items[0].causeEventId", equalTo(event))
                .body("items[1].causeEventId", equalTo(marker))
                .body("items[0].explanation", containsString("expired without a recorded renewal"));
        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString())
                .queryParam("status", "EXPIRED").get("/certificate-watches").then()
                .body("total", equalTo(1)).body("items[0].riskId", equalTo(risk));
        assertThat(count("SELECT count(*) FROM rule_firing WHERE cause_event_id = '" + event + "'")).isEqualTo(2);
    }

    @Test
    void renewalRecordedByQualityPreventsTheRiskAndKeepsItsTrail() {
        UUID partner = knownPartner("Cert Renewal CDMO");
        String event = UUID.randomUUID().toString();
        LocalDate expiresOn = clock.today().plusDays(20);
        sendExpiring(event, partner, "EUGMP-RN-1", expiresOn);
        awaitProcessed(event);
        String watch = given().auth().oauth2(quality()).queryParam("partnerId", partner.toString())
                .get("/certificate-watches").then().body("total", equalTo(1)).extract().path("items[0].id");
        String renewal = renewalBody("EUGMP-RN-2", expiresOn.plusYears(3));

        renew(watch, null, renewal, quality()).statusCode(428);
        renew(watch, "\"0\"", renewal, supplyChain()).statusCode(403);
        renew(watch, "\"0\"", renewal, viewer()).statusCode(403);
        renew(watch, "\"0\"", renewal, partnerUser(partner)).statusCode(403);
        renew(watch, "\"0\"", renewalBody("EUGMP-RN-2", expiresOn), quality()).statusCode(400)
                .body("errors.field", hasItem("expiresOn"));
        renew(watch, "\"7\"", renewal, quality()).statusCode(412);
        given().auth().oauth2(viewer()).get("/certificate-watches/" + watch).then().header("ETag", "\"0\"")
                .body("status", equalTo("WATCHING")).body("renewalRef", nullValue());

        renew(watch, "\"0\"", renewal, quality()).statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("RENEWED"))
                .body("renewalRef", equalTo("EUGMP-RN-2"))
                .body("renewedUntil", equalTo(expiresOn.plusYears(3).toString()))
                .body("renewedBy", equalTo("u-quality"));
        renew(watch, "\"1\"", renewal, quality()).statusCode(409);

        clock.advanceDays(30);
        job.expireDue();
        assertThat(risksOf(partner)).isZero();
        given().auth().oauth2(viewer()).get("/certificate-watches/" + watch + "/history").then().statusCode(200)
                .body("items.reason", hasItem("Renewed certificate received"));
    }

    @Test
    void laterExpiryDateAnnouncedForTheSameCertificateCountsAsRenewed() {
        UUID partner = knownPartner("Cert Corrected CRO");
        announced(partner, "EUGMP-CO-1", clock.today().plusDays(5));
        String corrected = announced(partner, "EUGMP-CO-1", clock.today().plusDays(60));
        announced(partner, "EUGMP-CO-1", clock.today().plusDays(30));

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/certificate-watches")
                .then().body("total", equalTo(1))
                .body("items[0].expiresOn", equalTo(clock.today().plusDays(60).toString()))
                .body("items[0].renewalEventId", equalTo(corrected))
                .body("items[0].status", equalTo("WATCHING"));
        clock.advanceDays(10);
        job.expireDue();
        assertThat(risksOf(partner)).isZero();

        clock.advanceDays(50);
        job.expireDue();
        assertThat(risksOf(partner)).isEqualTo(1);
    }

    @Test
    void scenarioOfAnExpiringCertificatePredictsTheEvidenceAndStoresNothing() {
        UUID partner = knownPartner("Cert Scenario CDMO");
        String risk = raise(partner, "Data integrity", "PARTNER_COMPLIANCE", 3, 3, false);
        EventExample expiring = expiring(partner, "EUGMP-SC-1", clock.today().plusDays(45));
        var scenario = given().auth().oauth2(viewer()).contentType(ContentType.JSON)
                .body("{\"type\":\"partner.certification-expiring\",\"payload\":" + expiring.toJson() + "}")
                .post("/scenarios").then().statusCode(200)
                .body("policy", equalTo("certificate-expiry-risk"))
                .body("outcome", equalTo("LINKED"))
                .body("explanation", containsString("EUGMP-SC-1"))
                .extract();
        assertThat(scenario.<Integer>path("totalExposureAfter"))
                .isEqualTo(scenario.<Integer>path("totalExposureBefore"));
        assertThat(count("SELECT count(*) FROM certificate_watch WHERE partner_id = '" + partner + "'")).isZero();
        assertThat(count("SELECT count(*) FROM rule_firing WHERE partner_id = '" + partner + "'")).isZero();

        String event = expiring.send();
        awaitProcessed(event);
        given().auth().oauth2(viewer()).get("/risks/" + risk + "/rule-firings").then()
                .body("items.outcome", contains("LINKED"));
    }

    @Test
    void partnerUserSeesOnlyTheirOwnPartnersWatches() {
        UUID partner = knownPartner("Cert Scope CDMO");
        String event = announced(partner, "EUGMP-PS-1", clock.today().plusDays(40));
        String watch = given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString())
                .get("/certificate-watches").then().extract().path("items[0].id");
        given().auth().oauth2(partnerUser(partner)).get("/certificate-watches/" + watch).then().statusCode(200);
        UUID other = UUID.randomUUID();
        given().auth().oauth2(partnerUser(other)).get("/certificate-watches/" + watch).then().statusCode(404);
        given().auth().oauth2(partnerUser(other)).get("/certificate-watches").then().body("total", equalTo(0));
    }

    private static long risksOf(UUID partner) {
        return count("SELECT count(*) FROM risk WHERE partner_id = '" + partner + "'");
    }

    private static io.restassured.response.ValidatableResponse renew(String watch, String ifMatch, String body,
                                                                     String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/certificate-watches/" + watch + "/renewal").then();
    }

    private static String renewalBody(String reference, LocalDate expiresOn) {
        return "{\"certificateRef\":\"" + reference + "\",\"expiresOn\":\"" + expiresOn
                + "\",\"reason\":\"Renewed certificate received\"}";
    }

    private static EventExample expiring(UUID partner, String certificate, LocalDate expiresOn) {
        return event("partner.certification-expiring").with("partnerId", partner)
                .with("siteId", UUID.nameUUIDFromBytes(certificate.getBytes())).with("certificateId", certificate)
                .with("authority", "EMA").with("expiresOn", expiresOn).with("daysLeft", 90);
    }

    /** Announces an expiring certificate and waits until risk-service has processed it; the event's id. */
    private static String announced(UUID partner, String certificate, LocalDate expiresOn) {
        String event = UUID.randomUUID().toString();
        sendExpiring(event, partner, certificate, expiresOn);
        awaitProcessed(event);
        return event;
    }

    private static void sendExpiring(String eventId, UUID partner, String certificate, LocalDate expiresOn) {
        expiring(partner, certificate, expiresOn).id(eventId).send();
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }
}
