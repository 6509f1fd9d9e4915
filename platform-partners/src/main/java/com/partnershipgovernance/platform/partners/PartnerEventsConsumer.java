package com.partnershipgovernance.platform.partners;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps the known-partner read model from {@code partner.events.v1}, each event applied once; fires
 * {@link PartnerStandingChanged} when partner-service announces a partner's qualification status, and hands the other event types to the
 * service's {@link OtherPartnerEvents}.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CHANNEL = "partner-events";
    static final String QUALIFICATION_CHANGED = "partner.qualification-changed";

    /** The fields of {@code partner.registered} and {@code partner.updated} the read model reads. */
    record PartnerDescribed(@NotNull UUID partnerId, @NotBlank String legalName, @NotBlank String type,
                            String engagementModel, String qualificationStatus) {
    }

    /** The fields of {@code partner.qualification-changed} the read model reads. */
    record QualificationChanged(@NotNull UUID partnerId, @NotBlank String to, String reason) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    Event<PartnerStandingChanged> standingChanged;

    @Inject
    Instance<OtherPartnerEvents> otherEvents;

    private EventHandlers handlers;

    @PostConstruct
    void registerHandlers() {
        handlers = EventHandlers.create()
                .on("partner.registered", this::onDescribed)
                .on("partner.updated", this::onDescribed)
                .on(QUALIFICATION_CHANGED, this::onQualificationChanged);
        otherEvents.forEach(other -> other.addTo(handlers));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onDescribed(InboundEvent event) {
        PartnerDescribed described = event.dataAs(PartnerDescribed.class);
        apply(described.partnerId(), described.qualificationStatus(), null, event, partner -> partner.describe(
                described.legalName(), described.type(), described.engagementModel(), at(event)));
    }

    private void onQualificationChanged(InboundEvent event) {
        QualificationChanged changed = event.dataAs(QualificationChanged.class);
        apply(changed.partnerId(), changed.to(), changed.reason(), event, partner -> {
        });
    }

    /**
     * Applies an event's description and qualification status (null: none announced) to the known partner, or to a
     * new one (a placeholder until registered). A qualification change, or a status the read model did not hold, is
     * announced as {@link PartnerStandingChanged}, whose observers run before an existing partner's
     * row is updated (their locks come first) and after a new partner's row is inserted (they may reference it).
     */
    private void apply(UUID id, String status, String reason, InboundEvent cause, Consumer<KnownPartner> describe) {
        Optional<KnownPartner> existing = partners.findByIdOptional(id);
        KnownPartner partner = existing.orElseGet(() -> new KnownPartner(id));
        String from = partner.qualificationStatus();
        boolean announced = status != null && (!status.equals(from) || QUALIFICATION_CHANGED.equals(cause.shortType()));
        PartnerStandingChanged change = new PartnerStandingChanged(id, from, status, reason, at(cause), cause);
        if (announced && existing.isPresent()) {
            standingChanged.fire(change);
        }
        describe.accept(partner);
        if (status != null) {
            partner.qualification(status, at(cause));
        }
        if (existing.isEmpty()) {
            partners.persist(partner);
            if (announced) {
                standingChanged.fire(change);
            }
        }
    }

    private static Instant at(InboundEvent event) {
        return event.time() != null ? event.time() : Instant.now();
    }
}
