package com.partnershipgovernance.partner.security;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep.PartnerRecords;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

/**
 * Partner isolation over every read of partner-service's API, with no line per endpoint: two partners, each with a
 * site, certificate, inspection, submission, team member, audit and finding; a partner user of one sees none of the
 * other's.
 */
@QuarkusTest
class PartnerIsolationTest {

    @Test
    void aPartnerUserSeesNothingOfAnotherPartnerInAnyRead() {
        PartnerIsolationSweep.of(TestInfrastructure.get().tokens())
                .assertIsolated(recordsOf("Isolated Own CDMO"), recordsOf("Isolated Other CDMO"));
    }

    private static PartnerRecords recordsOf(String legalName) {
        Map<String, String> records = PartnerWithRecords.create(legalName);
        PartnerRecords partner = PartnerRecords.of(UUID.fromString(records.get("partners")));
        for (Map.Entry<String, String> record : records.entrySet()) {
            partner = partner.with(record.getKey(), record.getValue());
        }
        return partner;
    }
}
