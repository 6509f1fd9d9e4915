package com.partnershipgovernance.kpi.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.partnershipgovernance.kpi.KpiApi.steeringCommittee;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The steering-committee dashboard page is served by kpi-service with its chart library, and tells the
 * page where the other services are; its behaviour in a browser is tested by the deploy module's
 * SteeringCommitteeDashboardIT.
 */
@QuarkusTest
class DashboardPageTest {

    @Test
    void thePageAndItsChartLibraryAreServedWithoutATokenAsTheyHoldNoData() {
        given().get("/dashboard/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Steering-committee dashboard"))
                .body(containsString("/webjars/echarts/dist/echarts.min.js"));
        given().get("/dashboard/dashboard.js").then().statusCode(200);
        given().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200)
                .body(containsString("echarts"));
    }

    @Test
    void theOtherServicesUrlsComeFromConfigurationAndNeedAToken() {
        given().auth().oauth2(steeringCommittee()).get("/dashboard/config.json").then().statusCode(200)
                .body("agreementServiceUrl", equalTo("http://localhost:8082"))
                .body("riskServiceUrl", equalTo("http://localhost:8084"));
        given().get("/dashboard/config.json").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void thePageRunsOnlyItsOwnFilesAndCallsOnlyTheConfiguredServices() {
        for (String page : new String[] {"/dashboard/", "/dashboard/index.html"}) {
            given().get(page).then().statusCode(200).header("Content-Security-Policy", equalTo(
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                            + "connect-src 'self' http://localhost:8082 http://localhost:8084; base-uri 'none'; "
                            + "form-action 'none'; frame-ancestors 'none'"));
        }
    }

    @Test
    void thePageIsNotSniffedFramedOrToldWhereALinkCameFrom() {
        given().get("/dashboard/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void swaggerUiCarriesTheSecurityHeadersOfAnHtmlPage() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
