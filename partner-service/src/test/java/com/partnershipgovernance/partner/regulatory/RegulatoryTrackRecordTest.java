package com.partnershipgovernance.partner.regulatory;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RegulatoryTrackRecordTest {

    @Test
    void inspectionsAreRecordedLatestFirstAndCorrectionsKeepOldAndNewValuesWithTheReason() {
        String partner = registerPartner();
        String site = given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"Leiden biologics plant\",\"country\":\"NL\"}")
                .post("/partners/" + partner + "/sites").then().statusCode(201).extract().path("id");
        String older = recordInspection(partner, "{\"siteId\":\"" + site + "\",\"inspectedOn\":\"2023-03-14\","
                + "\"authority\":\"EMA\",\"outcome\":\"NAI\"}");
        String latest = recordInspection(partner, "{\"inspectedOn\":\"2025-09-02\",\"authority\":\"FDA\","
                + "\"outcome\":\"FORM_483\",\"observations\":3,\"notes\":\"Aseptic technique observations\"}");

        given().auth().oauth2(viewer()).get("/partners/" + partner + "/inspections").then().statusCode(200)
                .body("items.id", equalTo(List.of(latest, older)))
                .body("items[0].observations", equalTo(3)).body("items[1].siteId", equalTo(site));

        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "FDA classified the inspection after the 483 response")
                .body("{\"inspectedOn\":\"2025-09-02\",\"authority\":\"FDA\",\"outcome\":\"VAI\",\"observations\":3}")
                .put("/partners/" + partner + "/inspections/" + latest).then().statusCode(200)
                .header("ETag", "\"1\"").body("outcome", equalTo("VAI"));

        given().auth().oauth2(viewer()).get("/partners/" + partner + "/inspections/" + latest + "/history").then()
                .statusCode(200).body("items", hasSize(2))
                .body("items[1].reason", equalTo("FDA classified the inspection after the 483 response"))
                .body("items[1].changes.find { it.field == 'outcome' }.from", equalTo("FORM_483"))
                .body("items[1].changes.find { it.field == 'outcome' }.to", equalTo("VAI"));
    }

    @Test
    void inconsistentInspectionsAreRefusedNamingTheFieldAndNothingIsStored() {
        String partner = registerPartner();
        refuseInspection(partner, "{\"inspectedOn\":\"2025-01-01\",\"authority\":\"FDA\",\"outcome\":\"FORM_483\"}",
                400, "observations");
        refuseInspection(partner, "{\"inspectedOn\":\"2025-01-01\",\"authority\":\"EMA\",\"outcome\":\"NAI\","
                + "\"observations\":2}", 400, "observations");
        refuseInspection(partner, "{\"inspectedOn\":\"" + LocalDate.now().plusDays(3) + "\",\"authority\":\"EMA\","
                + "\"outcome\":\"NAI\"}", 400, "inspectedOn");
        refuseInspection(partner, "{\"inspectedOn\":\"2025-01-01\",\"authority\":\"OTHER\",\"outcome\":\"NAI\"}",
                400, "authorityName");
        refuseInspection(partner, "{\"inspectedOn\":\"2025-01-01\",\"authority\":\"FDA\",\"outcome\":\"GREAT\"}",
                400, "outcome");
        refuseInspection(partner, "{\"inspectedOn\":\"2025-01-01\",\"authority\":\"FDA\",\"outcome\":\"FORM_483\","
                + "\"observations\":2.5}", 400, "observations");
        refuseInspection(partner, "{\"siteId\":\"" + UUID.randomUUID() + "\",\"inspectedOn\":\"2025-01-01\","
                + "\"authority\":\"FDA\",\"outcome\":\"NAI\"}", 422, "siteId");
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/inspections").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"inspectedOn\":\"2025-01-01\",\"authority\":\"FDA\",\"outcome\":\"NAI\"}")
                .post("/partners/" + UUID.randomUUID() + "/inspections").then().statusCode(404);
        given().auth().oauth2(regulatory()).contentType(ContentType.JSON)
                .body("{\"inspectedOn\":\"2025-01-01\",\"authority\":\"FDA\",\"outcome\":\"NAI\"}")
                .post("/partners/" + partner + "/inspections").then().statusCode(403);
    }

    @Test
    void correctionsNeedIfMatchAndAReasonAndRetiredRecordsLeaveTheListButKeepTheirHistory() {
        String partner = registerPartner();
        String inspection = recordInspection(partner,
                "{\"inspectedOn\":\"2024-05-05\",\"authority\":\"MHRA\",\"outcome\":\"NAI\"}");
        String body = "{\"inspectedOn\":\"2024-05-06\",\"authority\":\"MHRA\",\"outcome\":\"NAI\"}";
        String path = "/partners/" + partner + "/inspections/" + inspection;
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("X-Change-Reason", "date typo")
                .body(body).put(path).then().statusCode(428);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .header("X-Change-Reason", "date typo").body(body).put(path).then().statusCode(412);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).put(path).then().statusCode(400).body("errors[0].field", equalTo("X-Change-Reason"));
        given().auth().oauth2(viewer()).get(path).then().statusCode(200).body("inspectedOn", equalTo("2024-05-05"));

        given().auth().oauth2(quality()).header("If-Match", "\"0\"").header("X-Change-Reason", "entered twice")
                .delete(path).then().statusCode(204);
        given().auth().oauth2(viewer()).get(path).then().statusCode(404);
        given().auth().oauth2(viewer()).get(path + "?includeRetired=true").then().statusCode(200)
                .body("retiredReason", equalTo("entered twice"));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/inspections").then()
                .body("items", hasSize(0));
        given().auth().oauth2(viewer()).get(path + "/history").then().statusCode(200).body("items", hasSize(2))
                .body("items[1].reason", equalTo("entered twice"));
    }

    @Test
    void regulatoryKeepsTheSubmissionsTrackRecordAndAPendingOutcomeIsUpdated() {
        String partner = registerPartner();
        String submission = given().auth().oauth2(regulatory()).contentType(ContentType.JSON)
                .body("{\"authority\":\"PMDA\",\"productType\":\"ADC, J-NDA CMC module\",\"submissionYear\":2025,"
                        + "\"outcome\":\"PENDING\"}")
                .post("/partners/" + partner + "/regulatory-submissions").then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id");
        given().auth().oauth2(regulatory()).contentType(ContentType.JSON)
                .body("{\"authority\":\"OTHER\",\"authorityName\":\"Health Canada\",\"productType\":\"mAb\","
                        + "\"submissionYear\":2021,\"outcome\":\"APPROVED\"}")
                .post("/partners/" + partner + "/regulatory-submissions").then().statusCode(201);
        given().auth().oauth2(regulatory()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "PMDA approval letter received")
                .body("{\"authority\":\"PMDA\",\"productType\":\"ADC, J-NDA CMC module\",\"submissionYear\":2025,"
                        + "\"outcome\":\"APPROVED\"}")
                .put("/partners/" + partner + "/regulatory-submissions/" + submission).then().statusCode(200)
                .body("outcome", equalTo("APPROVED"));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/regulatory-submissions").then()
                .statusCode(200).body("items.submissionYear", equalTo(List.of(2025, 2021)))
                .body("items.authorityName", hasItem("Health Canada"));

        given().auth().oauth2(regulatory()).contentType(ContentType.JSON)
                .body("{\"authority\":\"FDA\",\"productType\":\"mAb\",\"submissionYear\":" + (LocalDate.now()
                        .getYear() + 1) + ",\"outcome\":\"PENDING\"}")
                .post("/partners/" + partner + "/regulatory-submissions").then().statusCode(400)
                .body("errors[0].field", equalTo("submissionYear"));
        given().auth().oauth2(regulatory()).contentType(ContentType.JSON)
                .body("{\"authority\":\"FDA\",\"productType\":\" \",\"submissionYear\":2020,\"outcome\":\"APPROVED\"}")
                .post("/partners/" + partner + "/regulatory-submissions").then().statusCode(400)
                .body("errors[0].field", equalTo("productType"));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/regulatory-submissions").then()
                .body("items", hasSize(2));
    }

    @Test
    void aPartnerUserReadsOnlyTheirOwnTrackRecord() {
        String own = registerPartner();
        String other = registerPartner();
        recordInspection(own, "{\"inspectedOn\":\"2024-02-02\",\"authority\":\"FDA\",\"outcome\":\"NAI\"}");
        String partnerUser = TestInfrastructure.get().tokens().token("p-user").roles("partner-user")
                .partnerId(UUID.fromString(own)).sign();
        given().auth().oauth2(partnerUser).get("/partners/" + own + "/inspections").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(partnerUser).get("/partners/" + other + "/inspections").then().statusCode(404);
        given().auth().oauth2(partnerUser).get("/partners/" + other + "/regulatory-submissions").then()
                .statusCode(404);
        given().auth().oauth2(partnerUser).contentType(ContentType.JSON)
                .body("{\"inspectedOn\":\"2024-02-02\",\"authority\":\"FDA\",\"outcome\":\"NAI\"}")
                .post("/partners/" + own + "/inspections").then().statusCode(403);
    }

    private static void refuseInspection(String partner, String body, int status, String field) {
        List<String> fields = given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body)
                .post("/partners/" + partner + "/inspections").then().statusCode(status)
                .contentType("application/problem+json").extract().path("errors.field");
        assertThat(fields).as(body).contains(field);
    }

    private static String recordInspection(String partner, String body) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body)
                .post("/partners/" + partner + "/inspections").then().statusCode(201).extract().path("id");
    }

    static String registerPartner() {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Lowlands Biologics B.V.\",\"type\":\"CDMO\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    private static String regulatory() {
        return TestInfrastructure.get().tokens().token("u-reg").name("Rae Regulatory").roles("regulatory").sign();
    }

    static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
