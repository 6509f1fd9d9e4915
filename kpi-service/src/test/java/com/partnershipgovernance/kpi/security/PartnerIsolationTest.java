package com.partnershipgovernance.kpi.security;

import com.partnershipgovernance.kpi.review.Reviews;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep;
import com.partnershipgovernance.platform.testing.security.PartnerIsolationSweep.PartnerRecords;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Partner isolation over every read of kpi-service's API, with no line per endpoint: two partners' thresholds,
 * measurements and steering-committee reviews are recorded, and a partner user of one sees none of the other's.
 */
@QuarkusTest
class PartnerIsolationTest {

    @Test
    void aPartnerUserSeesNothingOfAnotherPartnerInAnyRead() {
        PartnerIsolationSweep.of(TestInfrastructure.get().tokens())
                .assertIsolated(recordsOf("Isolated Own Biologics"), recordsOf("Isolated Other Biologics"));
    }

    /** A partner with its records, and the KPI definition both partners read (shared, not the other's). */
    private static PartnerRecords recordsOf(String legalName) {
        return PartnerWithRecords.create(legalName).with("kpi-definitions", Reviews.QRT);
    }
}
