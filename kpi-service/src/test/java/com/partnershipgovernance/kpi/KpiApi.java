package com.partnershipgovernance.kpi;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import com.partnershipgovernance.platform.testing.events.EventExample;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Tokens, partners and events the kpi-service tests share. */
public final class KpiApi {

    private static final EventCatalogue EVENTS = EventCatalogue.load();

    private KpiApi() {
    }

    /** An event of another service, built from its producer's documented example, to adjust and send. */
    public static EventExample event(String type) {
        return EVENTS.example(type);
    }

    public static String token(String subject, String... roles) {
        return TestInfrastructure.get().tokens().token(subject).name(subject).roles(roles).sign();
    }

    public static String quality() {
        return token("u-quality", "quality");
    }

    public static String finance() {
        return token("u-finance", "finance");
    }

    public static String viewer() {
        return token("u-viewer", "viewer");
    }

    public static String steeringCommittee() {
        return token("u-chair", "steering-committee");
    }

    public static String partnerUser(UUID partnerId) {
        return TestInfrastructure.get().tokens().token("p-user").name("Pat Partner").roles("partner-user")
                .partnerId(partnerId).sign();
    }

    /** A partner kpi-service has heard of from partner-service's {@code partner.registered}. */
    public static UUID knownPartner(String legalName) {
        return knownPartner(legalName, "CDMO", "STRATEGIC_ALLIANCE");
    }

    /** A partner of that type and engagement model, heard of from {@code partner.registered}. */
    public static UUID knownPartner(String legalName, String type, String engagementModel) {
        UUID partner = UUID.randomUUID();
        registered(partner, legalName, type, engagementModel).send();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(viewer()).get("/partners/" + partner).then().statusCode(200));
        return partner;
    }

    /** partner-service's {@code partner.registered} of a qualified partner. */
    public static EventExample registered(UUID partner, String legalName, String type, String engagementModel) {
        return event("partner.registered").with("partnerId", partner).with("legalName", legalName)
                .with("type", type).with("engagementModel", engagementModel).with("qualificationStatus", "QUALIFIED");
    }

    /** The partner's target and RAG thresholds of a KPI, set by quality and valid from 1 January 2026. */
    public static void thresholds(String kpi, UUID partner, String target, String green, String red) {
        given().auth().oauth2(quality()).contentType("application/json")
                .body("{\"partnerId\":\"" + partner + "\",\"target\":" + target + ",\"greenThreshold\":" + green
                        + ",\"redThreshold\":" + red + ",\"validFrom\":\"2026-01-01\"}")
                .post("/kpi-definitions/" + kpi + "/thresholds").then().statusCode(201);
    }

    /** A KPI code no other test uses: {@code prefix} and eight random characters. */
    public static String uniqueKpiCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
    }

    /** The body defining a manual, quarterly KPI {@code code}: technology transfer duration in days. */
    public static String kpiDefinition(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Technology transfer duration\",\"unit\":\"days\","
                + "\"category\":\"PERFORMANCE\",\"direction\":\"LOWER_IS_BETTER\",\"aggregation\":\"REPORTED\","
                + "\"periodicity\":\"QUARTERLY\",\"source\":\"MANUAL\"}";
    }

    public static long count(String sql) {
        return TestInfrastructure.get().postgres().queryForLong("kpi", sql);
    }
}
