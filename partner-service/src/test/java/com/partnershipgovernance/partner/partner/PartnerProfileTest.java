package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.partner.RecordsPartnerEvents;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PartnerProfileTest extends RecordsPartnerEvents {

    private static final String UPDATED = "com.partnershipgovernance.partner.updated.v1";
    private static final String FULL_PROFILE = "{\"legalName\":\"Nordic Fill Finish hf\",\"type\":\"CDMO\","
            + "\"serviceModel\":\"SPECIALIST\",\"headquartersCountry\":\"IS\",\"engagementModel\":\"TACTICAL\","
            + "\"modalities\":[\"MAB\",\"ADC\"],\"capabilities\":[\"STERILE_FILL_FINISH\",\"LYOPHILISATION\"],"
            + "\"scales\":[\"CLINICAL\"]}";

    @Test
    void aFullProfileIsStoredAndEachFilterFindsThePartner() {
        String id = register(FULL_PROFILE);
        given().auth().oauth2(viewer()).get("/partners/" + id).then().statusCode(200)
                .body("serviceModel", equalTo("SPECIALIST"))
                .body("modalities", contains("MAB", "ADC"))
                .body("capabilities", contains("STERILE_FILL_FINISH", "LYOPHILISATION"))
                .body("scales", contains("CLINICAL"));
        for (String filter : List.of("modality=ADC", "capability=LYOPHILISATION", "scale=CLINICAL", "type=CDMO",
                "qualificationStatus=PROSPECT", "engagementModel=TACTICAL")) {
            List<String> found = given().auth().oauth2(viewer()).get("/partners?country=IS&q=nordic&" + filter)
                    .then().statusCode(200).extract().path("items.id");
            assertThat(found).as(filter).contains(id);
        }
        given().auth().oauth2(viewer()).get("/partners?country=IS&q=nordic&modality=VACCINE").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void revisingAnnouncedFieldsPublishesPartnerUpdatedAndOtherFieldsDoNot() throws Exception {
        String id = register(FULL_PROFILE);
        revise(id, "\"0\"", FULL_PROFILE.replace("\"MAB\",\"ADC\"", "\"MAB\"")).statusCode(200)
                .header("ETag", "\"1\"");
        revise(id, "\"1\"", FULL_PROFILE.replace("\"MAB\",\"ADC\"", "\"MAB\"").replace("TACTICAL", "STRATEGIC_ALLIANCE"))
                .statusCode(200).body("engagementModel", equalTo("STRATEGIC_ALLIANCE"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !updates(id).isEmpty());
        assertThat(updates(id)).hasSize(1);
        assertThat(updates(id).get(0).value()).contains("\"engagementModel\":\"STRATEGIC_ALLIANCE\"")
                .contains("\"headquartersCountry\":\"IS\"").contains("\"serviceModel\":\"SPECIALIST\"");
    }

    @Test
    void historyShowsOldAndNewProfileValuesWithTheReason() {
        String id = register(FULL_PROFILE);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "Site visit: no ADC suite")
                .body(FULL_PROFILE.replace("\"MAB\",\"ADC\"", "\"MAB\"")).put("/partners/" + id).then().statusCode(200);
        given().auth().oauth2(viewer()).get("/partners/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[1].reason", equalTo("Site visit: no ADC suite"))
                .body("items[1].changes", hasSize(1))
                .body("items[1].changes[0].field", equalTo("modalities"))
                .body("items[1].changes[0].from", contains("ADC", "MAB"))
                .body("items[1].changes[0].to", contains("MAB"));
    }

    @Test
    void editingAnApprovedPartnerNeedsAChangeReason() {
        String id = register(FULL_PROFILE);
        qualify(id, "\"0\"", "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP\"}");
        qualify(id, "\"1\"", "{\"to\":\"QUALIFIED\",\"reason\":\"audit ok\",\"signature\":{\"meaning\":\"APPROVAL\"}}");
        revise(id, "\"2\"", FULL_PROFILE.replace("Nordic Fill Finish hf", "Nordic Aseptic hf")).statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .header("X-Change-Reason", "Renamed after merger")
                .body(FULL_PROFILE.replace("Nordic Fill Finish hf", "Nordic Aseptic hf"))
                .put("/partners/" + id).then().statusCode(200).body("legalName", equalTo("Nordic Aseptic hf"));
    }

    @Test
    void badProfileValuesNameTheirFieldAndStoreNothing() {
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(FULL_PROFILE.replace("\"IS\"", "\"XX\"")).post("/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("headquartersCountry"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(FULL_PROFILE.replace("\"IS\"", "\"iceland\"")).post("/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("headquartersCountry"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body(FULL_PROFILE.replace("\"ADC\"", "\"ANTIBODY\"")).post("/partners").then().statusCode(400)
                .body("errors[0].field", startsWith("modalities"));
        given().auth().oauth2(viewer()).get("/partners?modality=ANTIBODY").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("modality"));
    }

    private List<ConsumerRecord<String, String>> updates(String id) {
        return partnerEvents.matching(r -> id.equals(r.key()) && UPDATED.equals(TopicRecorder.header(r, "ce_type")));
    }

    private static io.restassured.response.ValidatableResponse revise(String id, String ifMatch, String body) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).put("/partners/" + id).then();
    }

    private static void qualify(String id, String ifMatch, String body) {
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .post("/partners/" + id + "/qualification").then().statusCode(200);
    }

    private static String register(String body) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body)
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
