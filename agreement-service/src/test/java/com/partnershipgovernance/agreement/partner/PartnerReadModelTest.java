package com.partnershipgovernance.agreement.partner;

import com.partnershipgovernance.platform.testing.partners.KnownPartnersContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartnerReadModelTest extends KnownPartnersContract {

    @Override
    protected String database() {
        return "agreement";
    }
}
