package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.events.DeviationClassified;
import com.partnershipgovernance.agreement.deviation.events.DeviationClosed;
import com.partnershipgovernance.agreement.deviation.events.DeviationEvents;
import com.partnershipgovernance.agreement.deviation.events.DeviationReported;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each deviation event on its topic with exactly the payload fields the code sends, in order. */
class DeviationEventDocumentationTest {

    private final EventCatalogue documented = EventCatalogue.of(Path.of("docs/events.md"));

    @Test
    void deviationEventsAreDocumentedWithExactlyTheirPayloadFields() {
        for (String type : List.of(DeviationEvents.REPORTED, DeviationEvents.CLASSIFIED, DeviationEvents.CLOSED)) {
            assertThat(documented.event(type).topic()).as(type).isEqualTo(DeviationEvents.TOPIC);
        }
        documented.event(DeviationEvents.REPORTED).assertPayloadIs(DeviationReported.class);
        documented.event(DeviationEvents.CLASSIFIED).assertPayloadIs(DeviationClassified.class);
        documented.event(DeviationEvents.CLOSED).assertPayloadIs(DeviationClosed.class);
    }
}
