package com.partnershipgovernance.agreement.batch;

import com.partnershipgovernance.agreement.batch.events.BatchDeviationLinked;
import com.partnershipgovernance.agreement.batch.events.BatchDispositioned;
import com.partnershipgovernance.agreement.sow.events.SpendRecorded;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.partnershipgovernance.agreement.milestone.MilestoneEventDocumentationTest.assertDocumented;

/** docs/events.md lists sow.spend-recorded and the batch events with exactly their payload fields. */
class SpendAndBatchEventDocumentationTest {

    @Test
    void spendRecordedAndBatchDispositionedAreDocumentedWithExactlyTheirPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertDocumented(doc, SpendRecorded.TYPE, SpendRecorded.class);
        assertDocumented(doc, BatchDispositioned.TYPE, BatchDispositioned.class);
    }

    @Test
    void batchDeviationLinkedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        assertDocumented(Files.readString(Path.of("docs/events.md")), BatchDeviationLinked.TYPE,
                BatchDeviationLinked.class);
    }
}
