package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.partner.domain.PartnerType;
import com.partnershipgovernance.partner.partner.events.PartnerEvents;
import com.partnershipgovernance.partner.partner.events.PartnerRegistered;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Registers partners and announces them with {@code partner.registered}, in one transaction. */
@ApplicationScoped
public class PartnerRegistration {

    @Inject
    PartnerRepository partners;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Partner register(String legalName, PartnerType type) {
        Partner partner = Partner.register(legalName, type, clock.instant());
        partners.persistAndFlush(partner);
        outbox.publish(PartnerEvents.TOPIC, PartnerEvents.REGISTERED, PartnerEvents.AGGREGATE, partner.id(),
                PartnerRegistered.of(partner));
        return partner;
    }
}
