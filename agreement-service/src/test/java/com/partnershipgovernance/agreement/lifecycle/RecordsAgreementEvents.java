package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static com.partnershipgovernance.agreement.AgreementTestSupport.STATUS_CHANGED;

/**
 * The tests of an agreement kind record {@code agreement.events.v1} while each test runs, to check what the
 * service announced.
 */
public abstract class RecordsAgreementEvents {

    protected TopicRecorder agreementEvents;

    @BeforeEach
    void recordAgreementEvents() {
        agreementEvents = TopicRecorder.of(AgreementEvents.TOPIC);
    }

    @AfterEach
    void stopRecordingAgreementEvents() {
        agreementEvents.close();
    }

    /** The {@code agreement.status-changed} events of agreement {@code id} recorded so far, in order. */
    protected List<ConsumerRecord<String, String>> statusChanges(String id) {
        return agreementEvents.matching(r -> id.equals(r.key())
                && STATUS_CHANGED.equals(TopicRecorder.header(r, "ce_type")));
    }
}
