package com.partnershipgovernance.partner.audit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.partnershipgovernance.partner.audit.AuditApi.action;
import static com.partnershipgovernance.partner.audit.AuditApi.followUp;
import static com.partnershipgovernance.partner.audit.AuditApi.performed;
import static com.partnershipgovernance.partner.audit.AuditApi.plan;
import static com.partnershipgovernance.partner.audit.AuditApi.quality;
import static com.partnershipgovernance.partner.audit.AuditApi.raise;
import static com.partnershipgovernance.partner.audit.AuditApi.registerPartner;
import static com.partnershipgovernance.partner.audit.AuditApi.today;
import static com.partnershipgovernance.partner.audit.AuditApi.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Audits not performed by their date or not closed in time, and finding responses past due, are listed. */
@QuarkusTest
class OverdueAuditsTest {

    @Test
    void auditsNotPerformedByTheirDateOrNotClosedWithinTheClosingPeriodAreListed() {
        String partner = registerPartner("Overdue Audits Pharma");
        String notPerformed = plan(partner, today().minusDays(3));
        String plannedToday = plan(partner, today());
        String plannedLater = plan(partner, today().plusDays(3));
        String longOpen = performed(partner, today().minusDays(100));
        String recentlyPerformed = performed(partner, today().minusDays(30));
        String closedLate = performed(partner, today().minusDays(120));
        action(closedLate, "close", "\"1\"", "{\"reason\":\"clean audit\"}", quality()).statusCode(200);
        String cancelled = plan(partner, today().minusDays(5));
        action(cancelled, "cancel", "\"0\"", "{\"reason\":\"partner withdrew\"}", quality()).statusCode(200);

        var overdue = given().auth().oauth2(viewer()).get("/audits/overdue?partnerId=" + partner).then()
                .statusCode(200)
                // most overdue first: 10 days past the 90-day closing period, then 3 days past the plan
                .body("items.id", equalTo(List.of(longOpen, notPerformed)))
                .body("items[0].overdue.kind", equalTo("NOT_CLOSED"))
                .body("items[0].overdue.dueOn", equalTo(today().minusDays(10).toString()))
                .body("items[0].overdue.daysOverdue", equalTo(10))
                .body("items[1].overdue.kind", equalTo("NOT_PERFORMED"))
                .body("items[1].overdue.dueOn", equalTo(today().minusDays(3).toString()))
                .body("items[1].overdue.daysOverdue", equalTo(3))
                .extract().<List<String>>path("items.id");
        assertThat(overdue).doesNotContain(plannedToday, plannedLater, recentlyPerformed, closedLate, cancelled);
        given().auth().oauth2(viewer()).get("/audits/" + notPerformed).then()
                .body("overdue.kind", equalTo("NOT_PERFORMED"));
        given().auth().oauth2(viewer()).get("/audits/" + plannedLater).then().body("overdue", nullValue());
        List<String> portfolio = given().auth().oauth2(viewer()).get("/audits/overdue").then().statusCode(200)
                .extract().path("items.id");
        assertThat(portfolio).contains(longOpen, notPerformed);
    }

    @Test
    void findingsWhoseResponseIsPastDueAreListedUntilTheResponseComes() {
        String partner = registerPartner("Overdue Responses Bio");
        String audit = performed(partner, today().minusDays(40));
        String lateMajor = raise(audit, "MAJOR", today().minusDays(5));
        String lateMinor = raise(audit, "MINOR", today().minusDays(1));
        String dueToday = raise(audit, "MINOR", today());
        String answered = raise(audit, "MAJOR", today().minusDays(9));
        followUp(audit, answered, "response", "\"0\"", "{\"response\":\"CAPA plan attached\"}", quality())
                .statusCode(200);
        String observation = raise(audit, "OBSERVATION", null);

        given().auth().oauth2(viewer()).get("/audits/findings/overdue?partnerId=" + partner).then().statusCode(200)
                .body("items.id", equalTo(List.of(lateMajor, lateMinor)))
                .body("items[0].responseDaysOverdue", equalTo(5))
                .body("items[1].responseDaysOverdue", equalTo(1));
        given().auth().oauth2(viewer()).get("/audits/" + audit + "/findings/" + dueToday).then()
                .body("responseDaysOverdue", nullValue());

        // a rejected response puts the finding back on the list until the revised one comes
        followUp(audit, answered, "reject-response", "\"1\"", "{\"reason\":\"No effectiveness check\"}", quality())
                .statusCode(200).body("responseDaysOverdue", equalTo(9));
        List<String> listed = given().auth().oauth2(viewer()).get("/audits/findings/overdue?partnerId=" + partner)
                .then().extract().path("items.id");
        assertThat(listed).containsExactly(answered, lateMajor, lateMinor).doesNotContain(dueToday, observation);
        given().auth().oauth2(viewer()).get("/audits/findings/overdue?partnerId=bad").then().statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
    }
}
