package com.partnershipgovernance.agreement;

import com.partnershipgovernance.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainDependsOnNeitherApiNorEvents() {
        ServiceArchitecture.domainIsFreeOfApiAndEvents("com.partnershipgovernance.agreement");
    }

    @Test
    void noClassUsesAnotherServicesTypes() {
        ServiceArchitecture.usesNoOtherServicesTypes("agreement");
    }
}
