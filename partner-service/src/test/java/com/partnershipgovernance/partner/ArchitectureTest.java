package com.partnershipgovernance.partner;

import com.partnershipgovernance.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainDependsOnNeitherApiNorEvents() {
        ServiceArchitecture.domainIsFreeOfApiAndEvents("com.partnershipgovernance.partner");
    }

    @Test
    void noClassUsesAnotherServicesTypes() {
        ServiceArchitecture.usesNoOtherServicesTypes("partner");
    }
}
