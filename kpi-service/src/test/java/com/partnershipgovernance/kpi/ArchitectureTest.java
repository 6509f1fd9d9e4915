package com.partnershipgovernance.kpi;

import com.partnershipgovernance.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainDependsOnNeitherApiNorEvents() {
        ServiceArchitecture.domainIsFreeOfApiAndEvents("com.partnershipgovernance.kpi");
    }

    @Test
    void noClassUsesAnotherServicesTypes() {
        ServiceArchitecture.usesNoOtherServicesTypes("kpi");
    }
}
