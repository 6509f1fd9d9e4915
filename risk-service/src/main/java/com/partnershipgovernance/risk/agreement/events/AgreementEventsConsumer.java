package com.partnershipgovernance.risk.agreement.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.agreement.domain.KnownAgreement;
import com.partnershipgovernance.risk.agreement.domain.KnownAgreementRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Keeps the known-agreement read model from {@code agreement.status-changed}, each event applied once. */
@ApplicationScoped
public class AgreementEventsConsumer {

    static final String CHANNEL = "agreement-events";

    /** The fields of {@code agreement.status-changed} this service reads. */
    record StatusChanged(@NotNull UUID agreementId, String kind, Integer version, @NotNull UUID partnerId,
                         UUID msaId, String sowKind, @NotBlank String to) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    KnownAgreementRepository agreements;

    private final EventHandlers handlers = EventHandlers.create()
            .on("agreement.status-changed", this::onStatusChanged);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onStatusChanged(InboundEvent event) {
        StatusChanged changed = event.dataAs(StatusChanged.class);
        Optional<KnownAgreement> existing = agreements.findByIdOptional(changed.agreementId());
        KnownAgreement agreement = existing.orElseGet(() -> new KnownAgreement(changed.agreementId(),
                changed.partnerId()));
        agreement.statusChanged(changed.kind(), changed.partnerId(), changed.msaId(), changed.sowKind(), changed.to(),
                changed.version(), event.time() != null ? event.time() : Instant.now());
        // persisted once described: the row is inserted with the state it has now
        if (existing.isEmpty()) {
            agreements.persist(agreement);
        }
    }
}
