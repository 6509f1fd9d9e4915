package com.partnershipgovernance.risk.rules;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.count;
import static com.partnershipgovernance.risk.RiskApi.event;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.qualificationChanged;
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

        String suspended = qualificationChanged(partner, "QUALIFIED", "SUSPENDED").send();
        awaitProcessed(suspended);

        given().auth().oauth2(viewer()).queryParam("partnerId", partner.toString()).get("/risks").then()
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("PARTNER_COMPLIANCE"))
                .body("items[0].linkedAgreementIds", containsInAnyOrder(msa.toString(), sow.toString()));
    }

    private static String statusChanged(UUID agreement, UUID partner, String kind, UUID msa, String sowKind,
                                        String from, String to) {
        return event("agreement.status-changed").with("agreementId", agreement).with("kind", kind)
                .with("version", 1).with("partnerId", partner).with("msaId", msa).with("sowKind", sowKind)
                .with("from", from).with("to", to).with("reason", "Signed by both parties")
                .with("effectiveOn", "2026-01-01").with("expiresOn", "2028-12-31").send();
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") == 1);
    }
}
