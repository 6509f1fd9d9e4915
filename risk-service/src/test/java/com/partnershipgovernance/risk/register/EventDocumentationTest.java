package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import com.partnershipgovernance.risk.register.events.RiskEvents;
import com.partnershipgovernance.risk.register.events.RiskRaised;
import com.partnershipgovernance.risk.register.events.RiskRescored;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each published event on its topic with exactly the payload fields the code sends. */
class EventDocumentationTest {

    private final EventCatalogue documented = EventCatalogue.of(Path.of("docs/events.md"));

    @Test
    void riskRaisedIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.event(RiskEvents.RAISED).topic()).isEqualTo(RiskEvents.TOPIC);
        documented.event(RiskEvents.RAISED).assertPayloadIs(RiskRaised.class);
    }

    @Test
    void riskRescoredIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.event(RiskEvents.RESCORED).topic()).isEqualTo(RiskEvents.TOPIC);
        documented.event(RiskEvents.RESCORED).assertPayloadIs(RiskRescored.class);
    }
}
