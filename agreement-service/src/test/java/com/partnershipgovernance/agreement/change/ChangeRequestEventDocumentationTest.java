package com.partnershipgovernance.agreement.change;

import com.partnershipgovernance.agreement.change.events.ChangeRequestEvents;
import com.partnershipgovernance.agreement.change.events.ChangeRequestStatusChanged;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists change-request.status-changed on its topic with exactly the payload fields the code sends. */
class ChangeRequestEventDocumentationTest {

    @Test
    void statusChangedIsDocumentedWithExactlyItsPayloadFields() {
        var statusChanged = EventCatalogue.of(Path.of("docs/events.md")).event(ChangeRequestEvents.STATUS_CHANGED);
        assertThat(statusChanged.topic()).isEqualTo(ChangeRequestEvents.TOPIC);
        assertThat(statusChanged.keyField()).isEqualTo("changeRequestId");
        statusChanged.assertPayloadIs(ChangeRequestStatusChanged.class);
    }
}
