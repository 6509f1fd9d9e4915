package com.partnershipgovernance.kpi.status;

import com.partnershipgovernance.kpi.status.events.KpiBreached;
import com.partnershipgovernance.kpi.status.events.KpiEvents;
import com.partnershipgovernance.kpi.status.events.KpiRecovered;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each published event on its topic with exactly the payload fields the code sends. */
class EventDocumentationTest {

    private final EventCatalogue documented = EventCatalogue.of(Path.of("docs/events.md"));

    @Test
    void kpiBreachedIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.event(KpiEvents.BREACHED).topic()).isEqualTo(KpiEvents.TOPIC);
        documented.event(KpiEvents.BREACHED).assertPayloadIs(KpiBreached.class);
    }

    @Test
    void kpiRecoveredIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.event(KpiEvents.RECOVERED).topic()).isEqualTo(KpiEvents.TOPIC);
        documented.event(KpiEvents.RECOVERED).assertPayloadIs(KpiRecovered.class);
    }

    @Test
    void thePayloadsAreThoseOfTheEventCatalogue() {
        // EVENTS.md: partnerId, kpiCode, kpiCategory, period, value, target, rag
        var catalogue = java.util.List.of("partnerId", "kpiCode", "kpiCategory", "period", "value", "target", "rag");
        assertThat(Arrays.stream(KpiBreached.class.getRecordComponents()).map(c -> c.getName()).toList())
                .isEqualTo(catalogue);
        assertThat(Arrays.stream(KpiRecovered.class.getRecordComponents()).map(c -> c.getName()).toList())
                .isEqualTo(catalogue);
    }
}
