package com.partnershipgovernance.partner.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.partner.RecordsPartnerEvents;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SitesAndCertificatesTest extends RecordsPartnerEvents {

    private static final String EXPIRING = "com.partnershipgovernance.partner.certification-expiring.v1";

    @Inject
    CertificateExpiryWatch watch;

    @Test
    void certificatesExpiringWithinTheWindowAreListedAndOthersAreNot() {
        String partner = registerPartner();
        String site = addSite(partner);
        String soon = addCertificate(partner, site, LocalDate.now().plusDays(30));
        String later = addCertificate(partner, site, LocalDate.now().plusDays(400));

        List<String> expiring = given().auth().oauth2(viewer()).get("/certifications/expiring").then()
                .statusCode(200).extract().path("items.id");
        assertThat(expiring).contains(soon).doesNotContain(later);
        List<String> withinAYearAndAHalf = given().auth().oauth2(viewer())
                .get("/certifications/expiring?withinDays=500").then().statusCode(200).extract().path("items.id");
        assertThat(withinAYearAndAHalf).contains(soon, later);
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/sites").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].certificates", hasSize(2))
                .body("items[0].certificates[0].daysLeft", equalTo(30));
    }

    @Test
    void eachCertificateEnteringTheWindowIsAnnouncedExactlyOnce() throws Exception {
        String partner = registerPartner();
        String site = addSite(partner);
        String first = addCertificate(partner, site, LocalDate.now().plusDays(10));
        watch.announceExpiring();
        watch.announceExpiring();
        String second = addCertificate(partner, site, LocalDate.now().plusDays(20));
        watch.announceExpiring();

        // the partner's events keep their order: once the second is there, a repeat of the first would be too
        await().atMost(Duration.ofSeconds(20)).until(() -> announcements(second).size() == 1);
        assertThat(announcements(first)).hasSize(1);
        JsonNode payload = new ObjectMapper().readTree(announcements(first).get(0).value());
        assertThat(payload.get("partnerId").asText()).isEqualTo(partner);
        assertThat(payload.get("siteId").asText()).isEqualTo(site);
        assertThat(payload.get("authority").asText()).isEqualTo("Swissmedic");
        assertThat(payload.get("expiresOn").asText()).isEqualTo(LocalDate.now().plusDays(10).toString());
        assertThat(payload.get("daysLeft").asInt()).isEqualTo(10);
    }

    @Test
    void aCorrectedExpiryIsAnnouncedAfreshAndTheCorrectionKeepsOldAndNewValuesWithTheReason() {
        String partner = registerPartner();
        String site = addSite(partner);
        String certificate = addCertificate(partner, site, LocalDate.now().plusDays(15));
        watch.announceExpiring();
        await().atMost(Duration.ofSeconds(20)).until(() -> announcements(certificate).size() == 1);

        String path = "/partners/" + partner + "/sites/" + site + "/certificates/" + certificate;
        LocalDate corrected = LocalDate.now().plusDays(45);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(certificate(LocalDate.now().minusYears(2), corrected)).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .header("X-Change-Reason", "expiry date mistyped from the certificate")
                .body(certificate(LocalDate.now().minusYears(2), corrected)).put(path).then().statusCode(200)
                .body("expiresOn", equalTo(corrected.toString())).body("daysLeft", equalTo(45));
        watch.announceExpiring();
        await().atMost(Duration.ofSeconds(20)).until(() -> announcements(certificate).size() == 2);

        given().auth().oauth2(viewer()).get(path + "/history").then().statusCode(200)
                .body("items[-1].reason", equalTo("expiry date mistyped from the certificate"))
                .body("items[-1].changes.find { it.field == 'expiresOn' }.to", equalTo(corrected.toString()));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "site renamed after the merger")
                .body("{\"name\":\"Basel aseptic plant\",\"country\":\"CH\"}")
                .put("/partners/" + partner + "/sites/" + site).then().statusCode(200)
                .body("name", equalTo("Basel aseptic plant")).body("certificates", hasSize(1));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/sites/" + site + "/history").then()
                .statusCode(200).body("items[1].changes[0].from", equalTo("Basel fill-finish plant"));
    }

    @Test
    void aNewSiteAndCertificateAreReadAtTheirLocationWithTheirVersionAsETag() {
        String partner = registerPartner();
        String siteUrl = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"Lyon API plant\",\"country\":\"FR\"}")
                .post("/partners/" + partner + "/sites").then().statusCode(201).header("ETag", "\"0\"")
                .extract().header("Location");
        String certificateUrl = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(certificate(LocalDate.now().minusYears(1), LocalDate.now().plusYears(2)))
                .post(URI.create(siteUrl).getPath() + "/certificates").then().statusCode(201)
                .header("ETag", "\"0\"").extract().header("Location");

        given().auth().oauth2(viewer()).get(URI.create(certificateUrl).getPath()).then().statusCode(200)
                .header("ETag", "\"0\"").body("issuingAuthority", equalTo("Swissmedic"));
        given().auth().oauth2(viewer()).get(URI.create(siteUrl).getPath()).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("Lyon API plant"))
                .body("certificates", hasSize(1));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/sites/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void badInputNamesTheFieldAndUnknownIdsAre404() {
        String partner = registerPartner();
        String site = addSite(partner);
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(certificate(LocalDate.now(), LocalDate.now().minusDays(1)))
                .post("/partners/" + partner + "/sites/" + site + "/certificates").then().statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body("{\"name\":\"Plant\",\"country\":\"Swiss\"}")
                .post("/partners/" + partner + "/sites").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).body("{\"name\":\"Plant\",\"country\":\"CH\"}")
                .post("/partners/" + UUID.randomUUID() + "/sites").then().statusCode(404);
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(certificate(LocalDate.now(), LocalDate.now().plusDays(5)))
                .post("/partners/" + partner + "/sites/" + UUID.randomUUID() + "/certificates").then().statusCode(404);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).body("{\"name\":\"Plant\",\"country\":\"CH\"}")
                .post("/partners/" + partner + "/sites").then().statusCode(403);
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/sites").then()
                .body("items[0].certificates", hasSize(0));
    }

    private List<ConsumerRecord<String, String>> announcements(String certificateId) {
        return partnerEvents.matching(r -> EXPIRING.equals(TopicRecorder.header(r, "ce_type"))
                && r.value().contains(certificateId));
    }

    private static String registerPartner() {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Alpine Sterile AG\",\"type\":\"CDMO\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    private static String addSite(String partner) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"Basel fill-finish plant\",\"country\":\"CH\"}")
                .post("/partners/" + partner + "/sites").then().statusCode(201).extract().path("id");
    }

    private static String addCertificate(String partner, String site, LocalDate expiresOn) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(certificate(LocalDate.now().minusYears(2), expiresOn))
                .post("/partners/" + partner + "/sites/" + site + "/certificates").then().statusCode(201)
                .extract().path("id");
    }

    private static String certificate(LocalDate issuedOn, LocalDate expiresOn) {
        return "{\"issuingAuthority\":\"Swissmedic\",\"certificateNumber\":\"CH-" + UUID.randomUUID()
                + "\",\"issuedOn\":\"" + issuedOn + "\",\"expiresOn\":\"" + expiresOn
                + "\",\"scope\":\"Sterile fill-finish\"}";
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").roles("quality").sign();
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
