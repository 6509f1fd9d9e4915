package com.partnershipgovernance.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

/** What every service serves without a token: health with database and Kafka, OpenAPI, Swagger UI, metrics. */
public final class ServiceSurface {

    private ServiceSurface() {
    }

    public static void assertHealthUpWithDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    public static void assertOpenApiSwaggerAndMetrics(String serviceName, String somePath) {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo(serviceName))
                .body("paths", hasKey(somePath));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_events_published"));
    }

    /** Every operation of the service's own API has a summary in the OpenAPI document (CONVENTIONS.md). */
    public static void assertEveryOperationIsDocumented() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method) && (operation.get("summary") == null
                    || operation.get("summary").toString().isBlank())) {
                undocumented.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
        assertTrue(undocumented.isEmpty(), () -> "operations without an @Operation summary: " + undocumented);
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
}
