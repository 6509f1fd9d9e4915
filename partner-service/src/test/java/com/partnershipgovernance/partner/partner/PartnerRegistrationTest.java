package com.partnershipgovernance.partner.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.partner.RecordsPartnerEvents;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class PartnerRegistrationTest extends RecordsPartnerEvents {

    @Test
    void registeringAProspectAnswers201AndPublishesPartnerRegistered() throws Exception {
        String id = given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Acme Biologics GmbH\",\"type\":\"CDMO\"}")
                .post("/partners").then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/partners/"))
                .body("qualificationStatus", equalTo("PROSPECT"))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(20)).until(() -> !events(id).isEmpty());
        ConsumerRecord<String, String> event = events(id).get(0);
        assertThat(TopicRecorder.header(event, "ce_type")).isEqualTo("com.partnershipgovernance.partner.registered.v1");
        assertThat(TopicRecorder.header(event, "ce_source")).isEqualTo("/partner-service");
        assertThat(TopicRecorder.header(event, "ce_subject")).isEqualTo(id);
        JsonNode payload = new ObjectMapper().readTree(event.value());
        assertThat(payload.get("partnerId").asText()).isEqualTo(id);
        assertThat(payload.get("legalName").asText()).isEqualTo("Acme Biologics GmbH");
        assertThat(payload.get("type").asText()).isEqualTo("CDMO");
        assertThat(payload.get("qualificationStatus").asText()).isEqualTo("PROSPECT");
        assertThat(payload.has("serviceModel")).isTrue();
        assertThat(payload.has("engagementModel")).isTrue();
        assertThat(payload.has("headquartersCountry")).isTrue();
    }

    @Test
    void registeringWithoutALegalNameOrWithAnUnknownTypeNamesTheField() {
        given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"type\":\"CRO\"}")
                .post("/partners").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("legalName"));
        given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"legalName\":\"X\",\"type\":\"CMO\"}")
                .post("/partners").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void aViewerCannotRegisterAPartner() {
        given().auth().oauth2(token("viewer")).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Nope Ltd\",\"type\":\"CRO\"}")
                .post("/partners").then().statusCode(403);
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnPartner() {
        String own = register("Own Partner Ltd", "CRO");
        String other = register("Other Partner Ltd", "CRO");
        String partnerUser = TestInfrastructure.get().tokens().token("p-user").roles("partner-user")
                .partnerId(UUID.fromString(own)).sign();

        given().auth().oauth2(partnerUser).get("/partners/" + own).then().statusCode(200);
        given().auth().oauth2(partnerUser).get("/partners/" + other).then().statusCode(404);
        given().auth().oauth2(partnerUser).get("/partners?size=500").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(own));
    }

    @Test
    void registrationIsInTheAuditTrailWithWhoAndWhat() {
        String id = register("Audited Partner SA", "BOTH");
        given().auth().oauth2(token("viewer")).get("/partners/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].operation", equalTo("CREATED"))
                .body("items[0].by", equalTo("u-quality"))
                .body("items[0].changes.field", hasItem("legalName"));
    }

    @Test
    void listIsPagedAndFiltersByTypeAndName() {
        register("Filterable Clinical Research Ltd", "CRO");
        given().auth().oauth2(token("viewer")).get("/partners?type=CRO&q=filterable&size=10").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(10))
                .body("total", equalTo(1));
        given().auth().oauth2(token("viewer")).get("/partners?sort=unknownField").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    private List<ConsumerRecord<String, String>> events(String partnerId) {
        return partnerEvents.matching(r -> partnerId.equals(r.key()));
    }

    private static String register(String name, String type) {
        return given().auth().oauth2(token("quality")).contentType(ContentType.JSON)
                .body("{\"legalName\":\"" + name + "\",\"type\":\"" + type + "\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    private static String token(String role) {
        return TestInfrastructure.get().tokens().token("u-" + role).name("User " + role).roles(role).sign();
    }
}
