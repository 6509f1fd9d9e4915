package com.partnershipgovernance.platform.testing.http;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * kpi-service's dashboard page reads the other services from the browser: its origin (configured by
 * {@code quarkus.http.cors.origins}) may GET with a bearer token; other origins and other methods may not.
 * A service the dashboard reads runs this contract with a {@code @QuarkusTest} subclass.
 */
public abstract class DashboardCorsContract {

    private static final String DASHBOARD = "http://localhost:8083";

    /** A collection the dashboard reads from this service. */
    protected String readPath() {
        return "/partners";
    }

    @Test
    void theDashboardsOriginMayReadWithABearerToken() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options(readPath()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void otherOriginsAndWritesAreNotAllowed() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET")
                .options(readPath()).then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "POST")
                .options(readPath()).then()
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
    }
}
