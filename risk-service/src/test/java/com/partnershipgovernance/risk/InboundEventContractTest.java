package com.partnershipgovernance.risk;

import com.partnershipgovernance.platform.testing.events.InboundContracts;
import org.junit.jupiter.api.Test;

/**
 * Each record risk-service reads another service's event into holds only fields that service documents in its
 * docs/events.md, and no consumer reads an event into a record this test does not check.
 */
class InboundEventContractTest {

    @Test
    void everyInboundRecordReadsOnlyFieldsItsProducerDocuments() {
        InboundContracts.of("com.partnershipgovernance.risk")
                .reads("deviation.reported", "RuleEvents.DeviationEvent")
                .reads("deviation.classified", "RuleEvents.DeviationEvent")
                .reads("deviation.closed", "RuleEvents.DeviationClosed")
                .reads("milestone.missed", "RuleEvents.MilestoneMissed")
                .reads("kpi.breached", "RuleEvents.KpiBreached")
                .reads("partner.qualification-changed", "RuleEvents.QualificationChanged")
                .reads("partner.certification-expiring", "RuleEvents.CertificationExpiring")
                .reads("agreement.status-changed", "AgreementEventsConsumer.StatusChanged")
                .assertDocumented();
    }
}
