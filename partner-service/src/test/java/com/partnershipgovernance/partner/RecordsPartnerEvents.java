package com.partnershipgovernance.partner;

import com.partnershipgovernance.platform.testing.TopicRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that checks what partner-service announced: every test method records {@code partner.events.v1} from
 * before its first request (a subclass's own {@code @BeforeEach} runs after this one) until it ends.
 */
public abstract class RecordsPartnerEvents {

    protected TopicRecorder partnerEvents;

    @BeforeEach
    void recordPartnerEvents() {
        partnerEvents = TopicRecorder.of("partner.events.v1");
    }

    @AfterEach
    void stopRecordingPartnerEvents() {
        partnerEvents.close();
    }
}
