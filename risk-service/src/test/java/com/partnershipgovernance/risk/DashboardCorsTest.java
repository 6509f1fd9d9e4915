package com.partnershipgovernance.risk;

import com.partnershipgovernance.platform.testing.http.DashboardCorsContract;
import io.quarkus.test.junit.QuarkusTest;

/** kpi-service's dashboard page reads this service from the browser (its known partners, risks and heat map). */
@QuarkusTest
class DashboardCorsTest extends DashboardCorsContract {
}
