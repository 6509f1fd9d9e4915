package com.partnershipgovernance.risk;

import com.partnershipgovernance.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainDependsOnNeitherApiNorEvents() {
        ServiceArchitecture.domainIsFreeOfApiAndEvents("com.partnershipgovernance.risk");
    }

    @Test
    void noClassUsesAnotherServicesTypes() {
        ServiceArchitecture.usesNoOtherServicesTypes("risk");
    }
}
