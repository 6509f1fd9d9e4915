package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerProfile;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.partner.events.PartnerEvents;
import com.partnershipgovernance.partner.partner.events.PartnerRegistered;
import com.partnershipgovernance.partner.partner.events.PartnerUpdated;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Registers partners and revises their profiles, announcing them with {@code partner.registered}
 * and {@code partner.updated} in the same transaction.
 */
@ApplicationScoped
public class PartnerRegistration {

    @Inject
    PartnerRepository partners;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public Partner register(PartnerProfile profile) {
        Partner partner = Partner.register(profile, clock.instant());
        partners.persistAndFlush(partner);
        outbox.publish(PartnerEvents.TOPIC, PartnerEvents.REGISTERED, PartnerEvents.AGGREGATE, partner.id(),
                PartnerRegistered.of(partner));
        return partner;
    }

    /** Replaces the profile; the reason ({@code X-Change-Reason}) is required once the partner was approved. */
    @Transactional
    public Partner revise(UUID partnerId, String ifMatch, PartnerProfile profile) {
        Partner partner = partners.findActive(partnerId)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", partnerId));
        Preconditions.requireIfMatch(ifMatch, partner.version());
        if (partner.needsReasonForEdits()) {
            changeContext.requireReason();
        }
        boolean announced = partner.revise(profile);
        partners.flush();
        if (announced) {
            outbox.publish(PartnerEvents.TOPIC, PartnerEvents.UPDATED, PartnerEvents.AGGREGATE, partner.id(),
                    PartnerUpdated.of(partner));
        }
        return partner;
    }

    /** Retires a partner registered in error or dropped as a prospect; the reason is required. */
    @Transactional
    public Partner retire(UUID partnerId, String ifMatch) {
        Partner partner = partners.findActive(partnerId)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", partnerId));
        Preconditions.requireIfMatch(ifMatch, partner.version());
        String reason = changeContext.requireReason();
        partner.retire(reason, changeContext.actor().id(), clock.instant());
        partners.flush();
        return partner;
    }
}
