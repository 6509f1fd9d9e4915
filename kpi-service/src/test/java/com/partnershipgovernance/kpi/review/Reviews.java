package com.partnershipgovernance.kpi.review;

import com.partnershipgovernance.kpi.KpiApi;
import io.restassured.http.ContentType;

import java.util.UUID;

import static com.partnershipgovernance.kpi.KpiApi.finance;
import static io.restassured.RestAssured.given;

/** Requests the review and governance-view tests share. */
public final class Reviews {

    public static final String QRT = "QUERY_RESPONSE_TIME";

    private Reviews() {
    }

    /** A review body held on {@code heldOn} covering {@code partner}, with one action due on {@code due}. */
    public static String review(String heldOn, UUID partner, String due) {
        return "{\"heldOn\":\"" + heldOn + "\","
                + "\"attendees\":[{\"name\":\"Dana Chair\",\"organisation\":\"SPONSOR\",\"role\":\"Chair\"},"
                + "{\"name\":\"Pat Partner\",\"organisation\":\"PARTNER\",\"role\":\"Alliance manager\"}],"
                + "\"partnerIds\":[\"" + partner + "\"],\"kpiCodes\":[\"" + QRT + "\"],"
                + "\"decisions\":[\"Query response time goes on the watch list\"],"
                + "\"actions\":[{\"description\":\"Staff the query desk\",\"owner\":\"Pat Partner\",\"dueOn\":\"" + due
                + "\"}]}";
    }

    /** Partner-specific QRT thresholds: target 24 h, green up to 24, red above 48. */
    public static void thresholds(UUID partner) {
        KpiApi.thresholds(QRT, partner, "24", "24", "48");
    }

    /**
     * {@code partner} with the QRT thresholds of {@link #thresholds} and a value entered for each period, written
     * {@code "2026-07=30"}.
     */
    public static UUID measured(UUID partner, String... periodValues) {
        thresholds(partner);
        for (String periodValue : periodValues) {
            String[] entry = periodValue.split("=");
            enter(partner, entry[0], entry[1]);
        }
        return partner;
    }

    /** A QRT value of {@code partner} in {@code period}, as an integration enters it. */
    public static void enter(UUID partner, String period, String value) {
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body("{\"kpiCode\":\"" + QRT + "\",\"partnerId\":\"" + partner + "\",\"period\":\"" + period
                        + "\",\"value\":" + value + ",\"source\":\"INTEGRATION\"}")
                .post("/measurements").then().statusCode(201);
    }
}
