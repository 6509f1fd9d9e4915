package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each published event on its topic with exactly the payload fields the code sends. */
class EventDocumentationTest {

    @Test
    void statusChangedIsDocumentedWithExactlyItsPayloadFields() {
        var statusChanged = EventCatalogue.of(Path.of("docs/events.md")).event(AgreementEvents.STATUS_CHANGED);
        assertThat(statusChanged.topic()).isEqualTo(AgreementEvents.TOPIC);
        statusChanged.assertPayloadIs(AgreementStatusChanged.class);
    }
}
