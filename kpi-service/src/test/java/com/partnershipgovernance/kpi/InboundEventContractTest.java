package com.partnershipgovernance.kpi;

import com.partnershipgovernance.platform.testing.events.InboundContracts;
import org.junit.jupiter.api.Test;

/**
 * Each record kpi-service reads another service's event into holds only fields that service documents in its
 * docs/events.md, and no consumer reads an event into a record this test does not check.
 */
class InboundEventContractTest {

    @Test
    void everyInboundRecordReadsOnlyFieldsItsProducerDocuments() {
        InboundContracts.of("com.partnershipgovernance.kpi")
                .reads("deviation.reported", "DeviationEventsConsumer.DeviationReported")
                .reads("deviation.closed", "DeviationEventsConsumer.DeviationClosed")
                .reads("milestone.completed", "MilestoneEventsConsumer.MilestoneCompleted")
                .reads("milestone.missed", "MilestoneEventsConsumer.MilestoneMissed")
                .reads("batch.dispositioned", "AgreementEventsConsumer.BatchDispositioned")
                .reads("batch.deviation-linked", "AgreementEventsConsumer.BatchDeviationLinked")
                .reads("sow.spend-recorded", "AgreementEventsConsumer.SpendRecorded")
                .reads("partner.audit-closed", "AuditClosedHandler.AuditClosed")
                .assertDocumented();
    }
}
