package com.partnershipgovernance.agreement;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * kpi-service's dashboard page reads this service from the browser: its origin (configured by
 * {@code quarkus.http.cors.origins}) may GET with a bearer token; other origins and other methods may not.
 */
@QuarkusTest
class DashboardCorsTest {

    private static final String DASHBOARD = "http://localhost:8083";

    @Test
    void theDashboardsOriginMayReadWithABearerToken() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/partners").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void otherOriginsAndWritesAreNotAllowed() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/partners").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "POST")
                .options("/partners").then()
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
    }
}
