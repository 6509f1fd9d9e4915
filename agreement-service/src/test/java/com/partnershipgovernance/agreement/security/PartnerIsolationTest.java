package com.partnershipgovernance.agreement.security;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep.PartnerRecords;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

/**
 * Partner isolation over every read of agreement-service's API, with no line per endpoint: two partners, each with a
 * quality agreement, an MSA, a SOW with a milestone and a batch, a deviation and a change request; a partner user of
 * one sees none of the other's.
 */
@QuarkusTest
class PartnerIsolationTest {

    @Test
    void aPartnerUserSeesNothingOfAnotherPartnerInAnyRead() {
        PartnerIsolationSweep.of(TestInfrastructure.get().tokens())
                .assertIsolated(recordsOf("Isolated Own Fill"), recordsOf("Isolated Other Fill"));
    }

    private static PartnerRecords recordsOf(String legalName) {
        Map<String, String> records = SecuritySweepTest.partnerWithRecords(legalName);
        PartnerRecords partner = PartnerRecords.of(UUID.fromString(records.get("partners")));
        for (Map.Entry<String, String> record : records.entrySet()) {
            partner = partner.with(record.getKey(), record.getValue());
        }
        return partner;
    }
}
