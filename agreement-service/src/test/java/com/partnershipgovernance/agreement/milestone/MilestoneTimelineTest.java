package com.partnershipgovernance.agreement.milestone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.finance;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.complete;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.milestone;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.plan;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.planOn;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.draftSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedMsa;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sowEtag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Milestones stay within their SOW's timeline, when planned and when the SOW's timeline is revised. */
@QuarkusTest
class MilestoneTimelineTest {

    private static final LocalDate TODAY = LocalDate.now();
    // the timeline of SowTestSupport.sow: started a month ago, ending in a year
    private static final LocalDate START = TODAY.minusMonths(1);
    private static final LocalDate END = TODAY.plusYears(1);

    @Test
    void aMilestoneDueOutsideTheSowsTimelineIsRefusedNamingItsDueDateAndNothingIsStored() {
        String sow = executedSow(partner("Timeline Bound CRO", "QUALIFIED"), "CLINICAL");

        for (LocalDate due : new LocalDate[] {START.minusDays(1), END.plusDays(1)}) {
            planOn(sow, milestone("Out of range " + due, due, false)).statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("dueDate"))
                    .body("errors[0].message", containsString(START + " to " + END));
        }
        assertThat(count("SELECT count(*) FROM milestone WHERE sow_id = '" + sow + "'")).isZero();

        plan(sow, milestone("Kick-off", START, false));
        plan(sow, milestone("Close-out", END, false));
        assertThat(count("SELECT count(*) FROM milestone WHERE sow_id = '" + sow + "'")).isEqualTo(2);
    }

    @Test
    void aSowsTimelineCannotBeRevisedToLeaveAMilestoneStillToBeCompletedOutside() {
        UUID partner = partner("Shrinking Timeline Labs", "QUALIFIED");
        Map<String, Object> body = sow(executedMsa(partner), "ANALYTICAL");
        String sow = draftSow(body);
        String method = plan(sow, milestone("Method transferred", TODAY.plusDays(200), false));

        revise(sow, timeline(body, START, TODAY.plusDays(100))).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("timeline.endOn"))
                .body("errors[0].message", containsString("Method transferred"));
        revise(sow, timeline(body, TODAY.plusDays(201), TODAY.plusDays(300))).statusCode(422)
                .body("errors[0].field", equalTo("timeline.startOn"));
        given().auth().oauth2(viewer()).get("/sows/" + sow).then().statusCode(200)
                .body("terms.timeline.startOn", equalTo(START.toString()))
                .body("terms.timeline.endOn", equalTo(END.toString()));

        // a milestone already completed is history: the timeline may move past it
        complete(method, TODAY).statusCode(200);
        revise(sow, timeline(body, START, TODAY.plusDays(100))).statusCode(200)
                .body("terms.timeline.endOn", equalTo(TODAY.plusDays(100).toString()));
    }

    private static Map<String, Object> timeline(Map<String, Object> body, LocalDate startOn, LocalDate endOn) {
        Map<String, Object> revised = new LinkedHashMap<>(body);
        revised.put("timeline", Map.of("startOn", startOn.toString(), "endOn", endOn.toString()));
        return revised;
    }

    private static io.restassured.response.ValidatableResponse revise(String sow, Map<String, Object> body) {
        return given().auth().oauth2(finance()).contentType(ContentType.JSON).header("If-Match", sowEtag(sow))
                .body(body).put("/sows/" + sow).then();
    }
}
