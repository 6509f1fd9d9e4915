package com.partnershipgovernance.kpi.dashboard.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard page may call the other services' origins, whatever path their configured URLs carry. */
class DashboardContentSecurityPolicyTest {

    @Test
    void aConfiguredUrlWithAPathOrTrailingSlashAllowsItsWholeOrigin() {
        DashboardContentSecurityPolicy csp = new DashboardContentSecurityPolicy();
        csp.agreementServiceUrl = "https://gateway.example.com/agreement/";
        csp.riskServiceUrl = "HTTP://Risk.Example.com:8443";

        assertThat(csp.policy()).contains(
                "connect-src 'self' https://gateway.example.com http://risk.example.com:8443;");
    }

    @Test
    void aUrlThatIsNotAnAbsoluteHttpUrlStopsTheStartNamingItsKey() {
        assertThatThrownBy(() -> DashboardContentSecurityPolicy.origin("dashboard.risk-service-url", "risk:8084"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dashboard.risk-service-url");
        assertThatThrownBy(() -> DashboardContentSecurityPolicy.origin("dashboard.risk-service-url", "/risk"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dashboard.risk-service-url");
    }
}
