package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** CORS guards a browser's reader, not the server: a foreign {@code Origin} is no reason to refuse an API client. */
@QuarkusTest
class ForeignOriginsTest {

    @Test
    void aServerSideClientSendingAForeignOriginIsServedWithoutCorsHeaders() {
        UUID id = Specimens.createId("read from an ERP");
        given().auth().oauth2(Tokens.viewer()).header("Origin", "https://erp.example").get("/specimens/" + id)
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .body("name", equalTo("read from an ERP"));
    }

    @Test
    void aBrowserPreflightFromAForeignOriginIsA403Problem() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/specimens").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void theAllowedOriginStillGetsItsCorsHeaders() {
        UUID id = Specimens.createId("read from the dashboard");
        given().auth().oauth2(Tokens.viewer()).header("Origin", "http://dashboard.example").get("/specimens/" + id)
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://dashboard.example");
    }
}
