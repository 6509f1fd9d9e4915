package com.partnershipgovernance.platform.partners;

import com.partnershipgovernance.platform.testing.events.InboundContracts;
import org.junit.jupiter.api.Test;

/** The read model reads partner events into records holding only fields partner-service documents. */
class InboundEventContractTest {

    @Test
    void everyInboundRecordReadsOnlyFieldsItsProducerDocuments() {
        InboundContracts.of("com.partnershipgovernance.platform.partners")
                .reads("partner.registered", "PartnerEventsConsumer.PartnerDescribed")
                .reads("partner.updated", "PartnerEventsConsumer.PartnerDescribed")
                .reads("partner.qualification-changed", "PartnerEventsConsumer.QualificationChanged")
                .assertDocumented();
    }
}
