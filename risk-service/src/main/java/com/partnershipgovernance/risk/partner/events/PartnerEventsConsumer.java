package com.partnershipgovernance.risk.partner.events;

import com.partnershipgovernance.risk.partner.domain.KnownPartner;
import com.partnershipgovernance.risk.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.risk.rules.CertificateWatches;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.events.RuleEvents;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
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
import java.util.function.Consumer;

/**
 * Keeps the known-partner read model from {@code partner.events.v1}, each event applied once, applies
 * partner-standing-risk to qualification changes and certificate-expiry-risk to expiring certificates.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CHANNEL = "partner-events";

    /** The fields of {@code partner.registered} and {@code partner.updated} this service reads. */
    record PartnerDescribed(@NotNull UUID partnerId, @NotBlank String legalName, @NotBlank String type,
                            String engagementModel, String qualificationStatus) {
    }

    /** The fields of {@code partner.qualification-changed} this service reads. */
    record QualificationChanged(@NotNull UUID partnerId, String from, @NotBlank String to, String reason) {
    }

    @Inject
    EventInbox inbox;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    RiskRules rules;

    @Inject
    CertificateWatches certificateWatches;

    private final EventHandlers handlers = EventHandlers.create()
            .on("partner.registered", this::onDescribed)
            .on("partner.updated", this::onDescribed)
            .on("partner.qualification-changed", this::onQualificationChanged)
            .on(RuleEvents.CERTIFICATION_EXPIRING, this::onCertificationExpiring);

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, handlers);
    }

    private void onDescribed(InboundEvent event) {
        PartnerDescribed described = event.dataAs(PartnerDescribed.class);
        change(described.partnerId(), partner -> {
            partner.describe(described.legalName(), described.type(), described.engagementModel(), at(event));
            if (described.qualificationStatus() != null) {
                partner.qualification(described.qualificationStatus(), at(event));
            }
        });
    }

    private void onQualificationChanged(InboundEvent event) {
        QualificationChanged changed = event.dataAs(QualificationChanged.class);
        // the rule lock before the partner's row, as every other rule takes them: no two transactions wait on each other
        rules.lockPartner(changed.partnerId());
        change(changed.partnerId(), partner -> partner.qualification(changed.to(), at(event)));
        // partner-standing-risk, in the same transaction as the read model's change
        rules.apply(rules.evaluate(event.dataAs(RuleEvents.QualificationChanged.class).toFacts()), event.id(),
                event.shortType());
    }

    private void onCertificationExpiring(InboundEvent event) {
        // certificate-expiry-risk: evidence now, or a watch until the certificate expires
        certificateWatches.onExpiring(event.dataAs(RuleEvents.CertificationExpiring.class).toFacts(), event.id(),
                event.shortType());
    }

    /** Applies {@code change} to the known partner, or to a new one (a placeholder if not registered yet). */
    private void change(UUID id, Consumer<KnownPartner> change) {
        Optional<KnownPartner> existing = partners.findByIdOptional(id);
        KnownPartner partner = existing.orElseGet(() -> new KnownPartner(id));
        change.accept(partner);
        if (existing.isEmpty()) {
            partners.persist(partner);
        }
    }

    private static Instant at(InboundEvent event) {
        return event.time() != null ? event.time() : Instant.now();
    }
}
