package com.partnershipgovernance.platform.testing;

import static io.restassured.RestAssured.given;
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
}
