package com.partnershipgovernance.risk.rules;

import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.risk.rules.domain.CertificateExpiryFacts;
import com.partnershipgovernance.risk.rules.domain.CertificateWatch;
import com.partnershipgovernance.risk.rules.domain.CertificateWatchRepository;
import com.partnershipgovernance.risk.rules.domain.FiringOutcome;
import com.partnershipgovernance.risk.rules.domain.RuleFiring;
import com.partnershipgovernance.risk.rules.events.RuleEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The watched GMP certificates of certificate-expiry-risk: opened (or extended) by
 * {@code partner.certification-expiring}, renewed by a person, and expired by {@link CertificateExpiryJob}, which
 * lets the rule raise a PARTNER_COMPLIANCE risk. Every decision goes through {@link RiskRules}, the code path
 * scenario planning evaluates too.
 */
@ApplicationScoped
public class CertificateWatches {

    @Inject
    RiskRules rules;

    @Inject
    CertificateWatchRepository watches;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /**
     * Applies an announcement of an expiring certificate caused by event {@code eventId}, in the consumer's
     * transaction: the rule's firing (evidence on the live PARTNER_COMPLIANCE risk, or nothing yet), then the watch
     * is opened, or moved to a later expiry date (a renewal), or left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onExpiring(CertificateExpiryFacts announced, String eventId, String eventType) {
        RuleFiring firing = rules.onCertificateExpiring(announced, new RiskRules.Cause(eventId, eventType));
        Optional<CertificateWatch> existing = watches.findOf(announced.partnerId(), announced.certificateId());
        if (existing.isEmpty()) {
            UUID evidenceFor = firing.outcome() == FiringOutcome.LINKED ? firing.riskId() : null;
            watches.persist(CertificateWatch.open(announced, eventId, evidenceFor, clock.instant()));
        } else {
            CertificateExpiryFacts facts = announced.withWatch(existing.get().expiresOn(), existing.get().status());
            if (facts.renewsWatch()) {
                existing.get().extend(announced.expiresOn(), eventId, clock.instant());
            }
        }
        return firing;
    }

    /**
     * Lets the rule fire for every watched certificate whose expiry date is today or past (by the clock) without a
     * renewal, in the caller's transaction, each watch locked and closed as EXPIRED so that it fires once.
     *
     * @return the firings, one per expired certificate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RuleFiring> expireDue() {
        LocalDate today = LocalDate.now(clock);
        return watches.dueOn(today).stream().map(watch -> {
            RuleFiring firing = rules.onCertificateExpired(watch,
                    new RiskRules.Cause(watch.causeEventId(), RuleEvents.CERTIFICATION_EXPIRING));
            watch.expire(firing.riskId(), clock.instant());
            return firing;
        }).toList();
    }

    /**
     * A person records the renewal of a watched certificate: the new certificate's {@code reference}, valid until
     * {@code validUntil} (later than the watched expiry date, else 400 naming {@code expiresOn}); needs If-Match.
     * A watch no longer WATCHING answers 409.
     */
    @Transactional
    public CertificateWatch renew(UUID id, String ifMatch, String reference, LocalDate validUntil, String reason) {
        CertificateWatch watch = find(id);
        Preconditions.requireIfMatch(ifMatch, watch.version());
        if (!validUntil.isAfter(watch.expiresOn())) {
            throw new ValidationException("expiresOn", "must be later than the expiring certificate's "
                    + watch.expiresOn());
        }
        if (!validUntil.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("expiresOn", "must be in the future: a renewal is a valid certificate");
        }
        changeContext.because(reason);
        watch.renew(reference, validUntil, changeContext.actor().id(), null, clock.instant());
        watches.flush();
        return watch;
    }

    /** The watch {@code id}, or 404. */
    public CertificateWatch find(UUID id) {
        return watches.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Certificate watch", id));
    }
}
