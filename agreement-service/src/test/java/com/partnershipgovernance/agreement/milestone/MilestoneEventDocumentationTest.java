package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.milestone.events.MilestoneEvents;
import com.partnershipgovernance.platform.testing.events.DocumentedEvent;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each milestone event on its topic with exactly the payload fields the code sends, in order. */
class MilestoneEventDocumentationTest {

    private static final List<String> COMMON = List.of("milestoneId", "sowId", "msaId", "partnerId", "sowKind",
            "name", "dueDate");

    private final EventCatalogue documented = EventCatalogue.of(Path.of("docs/events.md"));

    @Test
    void everyMilestoneEventIsDocumentedWithExactlyItsPayloadFields() {
        assertDocumented(MilestoneEvents.DUE_SOON, MilestoneEvents.DueSoon.class);
        assertDocumented(MilestoneEvents.COMPLETED, MilestoneEvents.Completed.class);
        assertDocumented(MilestoneEvents.MISSED, MilestoneEvents.Missed.class);
        assertDocumented(MilestoneEvents.GO_NO_GO_DECIDED, MilestoneEvents.GoNoGoDecided.class);
    }

    private void assertDocumented(String type, Class<? extends Record> payload) {
        DocumentedEvent event = documented.event(type);
        assertThat(event.topic()).as(type).isEqualTo(MilestoneEvents.TOPIC);
        event.assertPayloadIs(payload);
        assertThat(event.fieldNames().subList(0, COMMON.size())).as(type + " starts with the common fields")
                .containsExactlyElementsOf(COMMON);
    }
}
