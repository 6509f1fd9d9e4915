package com.partnershipgovernance.agreement;

import com.partnershipgovernance.platform.testing.http.DashboardCorsContract;
import io.quarkus.test.junit.QuarkusTest;

/** kpi-service's dashboard page reads this service's partners from the browser. */
@QuarkusTest
class DashboardCorsTest extends DashboardCorsContract {
}
