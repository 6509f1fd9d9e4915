package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class HttpConventionsTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/specimens")
    URI specimens;

    @Test
    void staleIfMatchGets412AndTheStoredRecordIsUnchanged() {
        UUID id = Specimens.createId("original");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").header("X-Change-Reason", "first edit")
                .body("{\"name\":\"first edit\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").header("X-Change-Reason", "stale edit")
                .body("{\"name\":\"stale edit\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(412).contentType(PROBLEM)
                .body("status", equalTo(412));

        given().auth().oauth2(Tokens.quality()).get("/specimens/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("name", equalTo("first edit"));
    }

    @Test
    void changeWithoutIfMatchGets428() {
        UUID id = Specimens.createId("no-precondition");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).header("X-Change-Reason", "edit")
                .body("{\"name\":\"blind edit\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(428).contentType(PROBLEM)
                .body("title", equalTo("Precondition required"));
    }

    @Test
    void malformedJsonGets400ProblemNotA500() {
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .body("{\"name\": \"unterminated")
                .post("/specimens").then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"))
                .body("$", not(org.hamcrest.Matchers.hasKey("stackTrace")));
    }

    @Test
    void invalidEnumAndWrongTypeNameTheirField() {
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"kind\":\"GAMMA\"}")
                .post("/specimens").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("kind"))
                .body("errors[0].message", containsString("ALPHA"));
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .body("{\"name\":{\"nested\":1},\"kind\":\"ALPHA\"}")
                .post("/specimens").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void validationErrorsNameEachField() {
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .body("{\"name\":\"  \"}")
                .post("/specimens").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://partnershipgovernance.com/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void sameIdempotencyKeyTwiceCreatesOneRecordAndReplaysTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "idempotent-" + key;
        String body = "{\"name\":\"" + name + "\",\"kind\":\"BETA\"}";
        String first = given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .post("/specimens").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        String second = given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .post("/specimens").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", containsString(first)).header("ETag", "\"0\"").extract().path("id");

        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM specimen WHERE name = '" + name + "'")).isEqualTo(1);
    }

    @Test
    void idempotencyKeyReusedForADifferentRequestGets422() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\":\"one\",\"kind\":\"BETA\"}").post("/specimens").then().statusCode(201);
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\":\"another\",\"kind\":\"BETA\"}").post("/specimens").then()
                .statusCode(422).contentType(PROBLEM);
    }

    @Test
    void unknownRecordAndUnknownPathGet404Problems() {
        given().auth().oauth2(Tokens.quality()).get("/specimens/" + UUID.randomUUID()).then()
                .statusCode(404).contentType(PROBLEM).body("detail", containsString("was not found"));
        given().auth().oauth2(Tokens.quality()).get("/no-such-thing").then()
                .statusCode(404).contentType(PROBLEM);
    }

    @Test
    void missingOrInvalidTokenGets401ProblemAndWrongRoleGets403Problem() {
        given().get("/specimens/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not-a-token").get("/specimens/" + UUID.randomUUID()).then()
                .statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.viewer()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"kind\":\"ALPHA\"}").post("/specimens").then()
                .statusCode(403).contentType(PROBLEM).body("errors", nullValue());
    }

    @Test
    void oversizedBodyGets413ProblemAndEmptyBodyGets400NamingTheBody() {
        String huge = "{\"name\":\"" + "x".repeat(2_000_000) + "\",\"kind\":\"ALPHA\"}";
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).body(huge)
                .post("/specimens").then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).body("")
                .post("/specimens").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void wrongContentTypeGets415Problem() {
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.TEXT).body("name=x")
                .post("/specimens").then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void chunkedBodyIsReadWithinTheLimitAndRefusedOverItWith413Problem() {
        byte[] small = "{\"name\":\"Chunked specimen\",\"kind\":\"ALPHA\"}".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).body(new ByteArrayInputStream(small))
                .post("/specimens").then().statusCode(201).body("name", equalTo("Chunked specimen"));
        byte[] huge = ("{\"name\":\"" + "x".repeat(2_000_000) + "\",\"kind\":\"ALPHA\"}").getBytes(StandardCharsets.UTF_8);
        long before = count("SELECT count(*) FROM specimen");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).body(new ByteArrayInputStream(huge))
                .post("/specimens").then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        assertThat(count("SELECT count(*) FROM specimen")).isEqualTo(before);
    }

    @Test
    void bodyWithoutContentTypeOrInAnUnknownCharsetGets415Problem() throws Exception {
        String body = "{\"name\":\"No type\",\"kind\":\"ALPHA\"}";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String contentType : new String[] {null, "application/json; charset=no-such-charset"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(specimens)
                    .header("Authorization", "Bearer " + Tokens.quality())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("Content-Type %s", contentType).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(PROBLEM));
        }
    }

    @Test
    void aBooleanQueryParameterIsTrueOrFalseAndNothingElse() throws Exception {
        var converter = new QueryParameterConverters().getConverter(boolean.class, boolean.class,
                getClass().getDeclaredMethod("withFlag", boolean.class).getParameterAnnotations()[0]);
        assertThat(converter.fromString("true")).isTrue();
        assertThat(converter.fromString("FALSE")).isFalse();
        assertThat(converter.fromString("0")).as("Quarkus REST's value of an absent primitive").isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> converter.fromString("maybe"))
                .isInstanceOf(com.partnershipgovernance.platform.problem.ValidationException.class)
                .hasMessageContaining("includeRetired");
    }

    @SuppressWarnings("unused")
    private static void withFlag(@jakarta.ws.rs.QueryParam("includeRetired") boolean includeRetired) {
    }

    private static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("platform", sql);
    }
}
