package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Input is taken as sent or refused with a 400 naming the field (CONVENTIONS.md "REST API"): the fixture
 * {@code POST /echo} answers with exactly what the platform read.
 */
@QuarkusTest
class StrictInputTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URI echo;
    private static final String VALID = "{\"text\":\"plain\",\"date\":\"2026-03-01\",\"at\":\"2026-03-01T10:00:00Z\","
            + "\"count\":3,\"amount\":12,\"flag\":true,\"kind\":\"BETA\",\"tags\":[\"a\"],\"nested\":{\"label\":\"n\"}}";

    @Test
    void aValidBodyIsReadAsSent() {
        echo(VALID).statusCode(200).body("text", equalTo("plain")).body("date", equalTo("2026-03-01"))
                .body("count", equalTo(3)).body("amount", equalTo(12)).body("kind", equalTo("BETA"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "text   | 12345",
            "text   | true",
            "date   | 12345",
            "date   | 20270101",
            "at     | 1767225600",
            "count  | \"5\"",
            "count  | 2.5",
            "amount | \"12.50\"",
            "flag   | 1",
            "flag   | \"true\"",
            "kind   | 1",
            "tags   | \"a\""})
    void aValueOfAnotherJsonTypeIsRefusedNamingTheField(String field, String value) {
        refusedNaming(echo(VALID.replaceFirst("\"" + field + "\":[^,]+", "\"" + field + "\":" + value)), field);
    }

    @ParameterizedTest(name = "date {0}")
    @CsvSource({"0000-01-01", "+999999999-12-31", "-999999999-01-01", "1899-12-31", "2201-01-01", "2026-02-30", "26-03-01"})
    void aDateOutsideTheAcceptedRangeIsRefusedNamingTheField(String date) {
        refusedNaming(echo(VALID.replace("2026-03-01\"", date + "\"")), "date");
    }

    @Test
    void theFirstAndLastAcceptedDatesAreRead() {
        echo(VALID.replace("2026-03-01\"", "1900-01-01\"")).statusCode(200).body("date", equalTo("1900-01-01"));
        echo(VALID.replace("2026-03-01\"", "2200-12-31\"")).statusCode(200).body("date", equalTo("2200-12-31"));
    }

    @Test
    void aDuplicateKeyIsRefusedNamingTheField() {
        refusedNaming(echo("{\"text\":\"x\",\"text\":\"y\"}"), "text");
    }

    @Test
    void aDuplicateKeyInANestedObjectIsNamedByItsPath() {
        refusedNaming(echo("{\"nested\":{\"label\":\"x\",\"label\":\"y\"}}"), "nested.label");
    }

    @Test
    void aNulCharacterInTextIsRefusedNamingTheField() {
        refusedNaming(echo("{\"text\":\"a\\u0000b\"}"), "text");
    }

    @Test
    void aNulCharacterInAListOfTextIsRefused() {
        echo("{\"tags\":[\"a\\u0000b\"]}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        refusedNaming(echo("{\"text\":\"a\\ud800b\"}"), "text");
    }

    @Test
    void aSurrogatePairIsReadAsSent() {
        echo("{\"text\":\"\\ud83e\\uddec DNA\"}").statusCode(200).body("text", equalTo("\uD83E\uDDEC DNA"));
    }

    @Test
    void aNulCharacterInAPathParameterIsRefusedNamingIt() {
        refusedNaming(given().auth().oauth2(Tokens.quality()).urlEncodingEnabled(false).get("/echo/a%00b").then(),
                "code");
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedNamingIt() {
        refusedNaming(given().auth().oauth2(Tokens.quality()).urlEncodingEnabled(false).get("/echo/x?q=a%00b").then(),
                "q");
    }

    @Test
    void aBadPercentEscapeInTheQueryIsAProblemNamingTheParameter() throws IOException {
        String answer = RawHttp.get(echo, "/echo/x?asOf=2026-01-01&q=%zz", Tokens.quality());
        assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("\"field\":\"q\"");
    }

    @Test
    void aBadPercentEscapeInThePathIsAProblem() throws IOException {
        String answer = RawHttp.get(echo, "/echo/%zz", Tokens.quality());
        assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("\"field\":\"path\"");
    }

    @Test
    void anEscapeOfInvalidUtf8InTheQueryIsAProblemNamingTheParameter() throws IOException {
        String answer = RawHttp.get(echo, "/echo/x?q=%C3%28", Tokens.quality());
        assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("\"field\":\"q\"");
    }

    @Test
    void anEscapeOfInvalidUtf8InThePathIsAProblem() throws IOException {
        String answer = RawHttp.get(echo, "/echo/%C3%28", Tokens.quality());
        assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("\"field\":\"path\"");
    }

    @ParameterizedTest(name = "asOf={0}")
    @CsvSource({"0000-01-01", "+999999999-12-31", "2201-01-01"})
    void aQueryDateOutsideTheAcceptedRangeIsRefusedNamingIt(String asOf) {
        refusedNaming(given().auth().oauth2(Tokens.quality()).queryParam("asOf", asOf).get("/echo/x").then(), "asOf");
    }

    @Test
    void thePageBeyondTheLastOneAnyListCanHaveIsRefusedNamingIt() {
        refusedNaming(given().auth().oauth2(Tokens.quality()).queryParam("page", Integer.MAX_VALUE).get("/echo/x")
                .then(), "page");
    }

    @Test
    void anOverLongUriIsA414Problem() {
        given().auth().oauth2(Tokens.quality()).queryParam("q", "a".repeat(10_000)).get("/echo/x").then()
                .statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
    }

    @Test
    void overLargeHeadersAreA431Problem() {
        given().auth().oauth2(Tokens.quality()).header("X-Padding", "a".repeat(40_000)).get("/echo/x").then()
                .statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
    }

    @Test
    void ifMatchAnyVersionIsRefusedAndTheRecordIsUnchanged() {
        UUID id = Specimens.createId("guarded");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "*").header("X-Change-Reason", "blind overwrite")
                .body("{\"name\":\"blind overwrite\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(428).contentType(PROBLEM);
        given().auth().oauth2(Tokens.quality()).get("/specimens/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("guarded"));
    }

    @Test
    void aChangeReasonOverTheAuditTrailsLimitIsRefusedNotCut() {
        UUID id = Specimens.createId("reasoned");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").header("X-Change-Reason", "r".repeat(2001))
                .body("{\"name\":\"renamed\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("X-Change-Reason"));
        given().auth().oauth2(Tokens.quality()).get("/specimens/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aChangeReasonOfExactlyTheLimitIsKeptWhole() {
        UUID id = Specimens.createId("reasoned in full");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").header("X-Change-Reason", "r".repeat(2000))
                .body("{\"name\":\"renamed\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.quality()).get("/specimens/" + id + "/history").then()
                .body("items[1].reason", equalTo("r".repeat(2000)));
    }

    private static ValidatableResponse echo(String body) {
        return given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).body(body).post("/echo").then();
    }

    private static void refusedNaming(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
