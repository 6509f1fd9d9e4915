package com.partnershipgovernance.risk.security;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep.PartnerRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.partnershipgovernance.risk.RiskApi.action;
import static com.partnershipgovernance.risk.RiskApi.knownPartner;
import static com.partnershipgovernance.risk.RiskApi.quality;
import static com.partnershipgovernance.risk.RiskApi.raise;
import static io.restassured.RestAssured.given;

/**
 * Partner isolation over every read of risk-service's API, with no line per endpoint: two partners' joint and
 * internal risks, re-scored, reviewed and mitigated, and a partner user of one sees none of
 * the other's.
 */
@QuarkusTest
class PartnerIsolationTest {

    @Test
    void aPartnerUserSeesNothingOfAnotherPartnerInAnyRead() {
        PartnerIsolationSweep.of(TestInfrastructure.get().tokens())
                .assertIsolated(recordsOf("Isolated Own Logistics"), recordsOf("Isolated Other Logistics"));
    }

    /** A partner with a joint risk (re-scored, reviewed, mitigated) and an internal one. */
    private static PartnerRecords recordsOf(String legalName) {
        UUID partner = knownPartner(legalName);
        String risk = raise(partner, "Isolated capacity", "OTHER", 4, 4, true);
        String internal = raise(partner, "Isolated internal view", "OTHER", 2, 2, false);
        action("/risks/" + risk + "/score", "\"0\"", "{\"likelihood\":3,\"impact\":4,\"reason\":\"Re-assessed\"}",
                quality()).statusCode(200);
        action("/risks/" + risk + "/reviews", "\"1\"", "{\"decision\":\"NO_CHANGE\",\"notes\":\"Reviewed\"}",
                quality()).statusCode(201);
        String mitigation = create("/risks/" + risk + "/mitigations", "{\"description\":\"Qualify a second line\","
                + "\"ownerSide\":\"PARTNER\",\"ownerName\":\"Pat Partner\",\"dueOn\":\"" + LocalDate.now().plusDays(30)
                + "\"}");
        return PartnerRecords.of(partner).with("risks", risk).with("mitigations", mitigation).alsoShowing(internal);
    }

    private static String create(String path, String body) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(201).extract().path("id");
    }
}
