package com.partnershipgovernance.agreement.batch;

import com.partnershipgovernance.agreement.batch.events.BatchDeviationLinked;
import com.partnershipgovernance.agreement.batch.events.BatchDispositioned;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.sow.events.SpendRecorded;
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists sow.spend-recorded and the batch events on their topic with exactly their payload fields. */
class SpendAndBatchEventDocumentationTest {

    private final EventCatalogue documented = EventCatalogue.of(Path.of("docs/events.md"));

    @Test
    void spendRecordedAndBatchDispositionedAreDocumentedWithExactlyTheirPayloadFields() {
        assertThat(documented.event(SpendRecorded.TYPE).topic()).isEqualTo(AgreementEvents.TOPIC);
        documented.event(SpendRecorded.TYPE).assertPayloadIs(SpendRecorded.class);
        assertThat(documented.event(BatchDispositioned.TYPE).topic()).isEqualTo(AgreementEvents.TOPIC);
        documented.event(BatchDispositioned.TYPE).assertPayloadIs(BatchDispositioned.class);
    }

    @Test
    void batchDeviationLinkedIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.event(BatchDeviationLinked.TYPE).topic()).isEqualTo(AgreementEvents.TOPIC);
        documented.event(BatchDeviationLinked.TYPE).assertPayloadIs(BatchDeviationLinked.class);
    }
}
