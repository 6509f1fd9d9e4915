package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.domain.DeviationFacts;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Applies deviation-risk to {@code deviation.reported} and {@code deviation.classified} from
 * {@code agreement.deviations.v1}, each event once.
 */
@ApplicationScoped
public class DeviationEventsConsumer {

    static final String CHANNEL = "deviation-events";

    /** The fields of a deviation event this service reads (EVENTS.md, agreement.deviations.v1). */
    record DeviationEvent(@NotNull UUID deviationId, @NotNull UUID partnerId, UUID sowId, String externalRef,
                          @NotBlank String category, String severity) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    RiskRules rules;

    private final EventHandlers handlers = EventHandlers.create()
            .on("deviation.reported", this::onDeviation)
            .on("deviation.classified", this::onDeviation);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onDeviation(InboundEvent event) {
        DeviationEvent deviation = event.dataAs(DeviationEvent.class);
        DeviationFacts facts = new DeviationFacts(deviation.deviationId(), deviation.partnerId(), deviation.sowId(),
                deviation.externalRef(), deviation.category(), deviation.severity(), null);
        rules.apply(rules.evaluate(facts), event.id(), event.shortType());
    }
}
