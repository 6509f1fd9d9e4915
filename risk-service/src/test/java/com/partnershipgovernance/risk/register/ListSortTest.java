package com.partnershipgovernance.risk.register;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The overdue and review lists take only the sort fields they name, like every other list. */
@QuarkusTest
class ListSortTest {

    @Test
    void overdueMitigationsRefuseASortByAnUnknownFieldNamingSort() {
        refused("/mitigations/overdue", "dueOn");
    }

    @Test
    void theReviewQueueRefusesASortByAnUnknownFieldNamingSort() {
        refused("/risks/review-queue", "proposedAt");
    }

    @Test
    void risksOverdueForReviewRefuseASortByAnUnknownFieldNamingSort() {
        refused("/risks/reviews-overdue", "nextReviewOn");
    }

    private static void refused(String list, String allowedField) {
        given().auth().oauth2(viewer()).queryParam("sort", "password").get(list).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString(allowedField));
    }
}
