package com.partnershipgovernance.risk.rules;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.send;
import static com.partnershipgovernance.risk.RiskApi.sendPartnerEvent;
import static com.partnershipgovernance.risk.RiskApi.viewer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** A suspended partner's PARTNER_COMPLIANCE risk is linked to every agreement of the partner in force. */
@QuarkusTest
class AgreementsInForceTest {

    @Test
    void suspensionRiskIsLinkedToTheAgreementsInForceOnly() {
        UUID partner = knownPartner("Agreements In Force CDMO");
        UUID msa = UUID.randomUUID();
        UUID sow = UUID.randomUUID();
        UUID terminated = UUID.randomUUID();
        awaitProcessed(statusChanged(msa, partner, "MSA", null, null, "APPROVED", "EXECUTED"));
        awaitProcessed(statusChanged(sow, partner, "SOW", msa, "MANUFACTURING", "APPROVED", "ACTIVE"));
        awaitProcessed(statusChanged(terminated, partner, "MSA", null, null, "EXECUTED", "TERMINATED"));

        String suspended = UUID.randomUUID().toString();
        sendPartnerEvent(suspended, "partner.qualification-changed", partner, RisksFromEventsTest.qualification(
                partner, "QUALIFIED", "SUSPENDED"));
        awaitProcessed(suspended);

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("PARTNER_COMPLIANCE"))
                .body("items[0].linkedAgreementIds", containsInAnyOrder(msa.toString(), sow.toString()));
    }

    private static String statusChanged(UUID agreement, UUID partner, String kind, UUID msa, String sowKind,
                                        String from, String to) {
        String eventId = UUID.randomUUID().toString();
        send("agreement.events.v1", eventId, "agreement.status-changed", "/agreement-service", agreement.toString(),
                "{\"agreementId\":\"" + agreement + "\",\"kind\":\"" + kind + "\",\"version\":1,\"partnerId\":\""
                        + partner + "\",\"msaId\":" + (msa == null ? "null" : "\"" + msa + "\"") + ",\"sowKind\":"
                        + (sowKind == null ? "null" : "\"" + sowKind + "\"") + ",\"from\":\"" + from + "\",\"to\":\""
                        + to + "\",\"reason\":\"Signed by both parties\",\"effectiveOn\":\"2026-01-01\","
                        + "\"expiresOn\":\"2028-12-31\"}");
        return eventId;
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }
}
