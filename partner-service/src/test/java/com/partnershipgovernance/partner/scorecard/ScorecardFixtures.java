package com.partnershipgovernance.partner.scorecard;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Tokens, partners, templates, selections and scores for the REST tests of selection scorecards. */
final class ScorecardFixtures {

    /** The template of the worked example: five criteria on 1..5, weights 20/25/15/15/25. */
    static final String CRITERIA = "["
            + criterion("EXPERTISE", "Scientific and technical expertise", 20, "VALUE", "RND", "QUALITY") + ","
            + criterion("COMPLIANCE", "Compliance record and audit history", 25, "VALUE", "QUALITY", "REGULATORY") + ","
            + criterion("CAPACITY", "Capacity and scalability", 15, "VALUE", "SUPPLY_CHAIN") + ","
            + criterion("COMMUNICATION", "Communication and responsiveness", 15, "OTHER", "RND") + ","
            + criterion("COST", "Cost and total value", 25, "COST", "FINANCE") + "]";

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private ScorecardFixtures() {
    }

    static String criterion(String code, String name, int weight, String kind, String... functions) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"weight\":" + weight + ",\"kind\":\"" + kind
                + "\",\"requiredFunctions\":[" + List.of(functions).stream().map(f -> "\"" + f + "\"")
                .collect(Collectors.joining(",")) + "]}";
    }

    static String templateBody(String name, String criteria) {
        return "{\"name\":\"" + name + "\",\"description\":\"CDMO selection\",\"scale\":{\"min\":1,\"max\":5},"
                + "\"criteria\":" + criteria + "}";
    }

    /** A request as {@code token}, reading JSON decimals as BigDecimal. */
    static RequestSpecification as(String token) {
        return given().config(DECIMALS).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String createTemplate(String name) {
        return as(quality()).body(templateBody(name, CRITERIA)).post("/scorecard-templates").then().statusCode(201)
                .extract().path("id");
    }

    static String registerPartner(String legalName) {
        return as(quality()).body("{\"legalName\":\"" + legalName + "\",\"type\":\"CDMO\"}").post("/partners")
                .then().statusCode(201).extract().path("id");
    }

    static String selectionBody(String title, String templateId, String owner, String... candidates) {
        return "{\"title\":\"" + title + "\",\"templateId\":\"" + templateId + "\",\"ownerFunction\":\"" + owner
                + "\",\"candidatePartnerIds\":[" + List.of(candidates).stream().map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(",")) + "]}";
    }

    static String openSelection(String title, String templateId, String... candidates) {
        return as(quality()).body(selectionBody(title, templateId, "QUALITY", candidates)).post("/selections")
                .then().statusCode(201).extract().path("id");
    }

    static String scoreBody(String candidate, String criterion, String function, Object score, String comment) {
        return "{\"candidatePartnerId\":\"" + candidate + "\",\"criterionCode\":\"" + criterion + "\",\"function\":\""
                + function + "\",\"score\":" + score + ",\"comment\":\"" + comment + "\"}";
    }

    static ValidatableResponse score(String token, String selection, String candidate, String criterion,
                                     String function, Object score) {
        return as(token).body(scoreBody(candidate, criterion, function, score, "scored " + score))
                .post("/selections/" + selection + "/scores").then();
    }

    static String token(String subject, String name, String... roles) {
        return TestInfrastructure.get().tokens().token(subject).name(name).roles(roles).sign();
    }

    static String staleToken(String subject, String... roles) {
        return TestInfrastructure.get().tokens().token(subject).roles(roles)
                .authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();
    }

    static String quality() {
        return token("u-quality", "Quinn Quality", "quality");
    }

    static String viewer() {
        return token("u-viewer", "Val Viewer", "viewer");
    }

    static String partnerUser(String partnerId) {
        return TestInfrastructure.get().tokens().token("p-user").roles("partner-user")
                .partnerId(UUID.fromString(partnerId)).sign();
    }
}
