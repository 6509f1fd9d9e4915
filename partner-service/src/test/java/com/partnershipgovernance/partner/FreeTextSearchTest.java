package com.partnershipgovernance.partner;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** {@code q} is matched literally in every free-text filter: LIKE's {@code %} and {@code _} are no wildcards. */
@QuarkusTest
class FreeTextSearchTest {

    @Test
    void aPercentSignInQFindsOnlyPartnersWhoseNameContainsOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        post("/partners", "{\"legalName\":\"Hundred% Pharma " + suffix + "\",\"type\":\"CRO\"}");
        post("/partners", "{\"legalName\":\"Plain Pharma " + suffix + "\",\"type\":\"CRO\"}");
        given().auth().oauth2(viewer()).queryParam("q", "%").queryParam("size", 500).get("/partners").then()
                .statusCode(200).body("items.legalName", everyItem(containsString("%")))
                .body("items.legalName", hasItem("Hundred% Pharma " + suffix));
    }

    @Test
    void anUnderscoreInQFindsOnlyPartnersWhoseNameContainsOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        post("/partners", "{\"legalName\":\"Under_score Labs " + suffix + "\",\"type\":\"CDMO\"}");
        post("/partners", "{\"legalName\":\"Underscore Labs " + suffix + "\",\"type\":\"CDMO\"}");
        given().auth().oauth2(viewer()).queryParam("q", "_").queryParam("size", 500).get("/partners").then()
                .statusCode(200).body("items.legalName", everyItem(containsString("_")))
                .body("items.legalName", hasItem("Under_score Labs " + suffix));
    }

    @Test
    void aPercentSignInQFindsOnlyScorecardTemplatesWhoseNameContainsOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        post("/scorecard-templates", template("CDMO 100% fit " + suffix));
        post("/scorecard-templates", template("CDMO fit " + suffix));
        given().auth().oauth2(viewer()).queryParam("q", "%").queryParam("size", 500).get("/scorecard-templates")
                .then().statusCode(200).body("items.name", everyItem(containsString("%")))
                .body("items.name", hasItem("CDMO 100% fit " + suffix));
    }

    @Test
    void anUnderscoreInQFindsOnlySelectionsWhoseTitleContainsOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String template = post("/scorecard-templates", template("Selection template " + suffix));
        String alpha = post("/partners", "{\"legalName\":\"Alpha " + suffix + "\",\"type\":\"CDMO\"}");
        String bravo = post("/partners", "{\"legalName\":\"Bravo " + suffix + "\",\"type\":\"CDMO\"}");
        post("/selections", selection("Fill_finish " + suffix, template, alpha, bravo));
        post("/selections", selection("Fill finish " + suffix, template, alpha, bravo));
        given().auth().oauth2(viewer()).queryParam("q", "_").queryParam("size", 500).get("/selections").then()
                .statusCode(200).body("items.title", everyItem(containsString("_")))
                .body("items.title", hasItem("Fill_finish " + suffix));
    }

    private static String template(String name) {
        return "{\"name\":\"" + name + "\",\"description\":\"CDMO selection\",\"scale\":{\"min\":1,\"max\":5},"
                + "\"criteria\":[{\"code\":\"QUALITY_SYSTEM\",\"name\":\"Quality system\",\"weight\":100,"
                + "\"kind\":\"VALUE\",\"requiredFunctions\":[\"QUALITY\"]}]}";
    }

    private static String selection(String title, String template, String... candidates) {
        return "{\"title\":\"" + title + "\",\"templateId\":\"" + template + "\",\"ownerFunction\":\"QUALITY\","
                + "\"candidatePartnerIds\":[\"" + String.join("\",\"", candidates) + "\"]}";
    }

    private static String post(String path, String body) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path("id");
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
