package com.partnershipgovernance.partner.audit;

import com.partnershipgovernance.partner.audit.domain.AuditClosure;
import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.partner.audit.events.AuditClosed;
import com.partnershipgovernance.partner.audit.events.AuditEvents;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Moves audits through their lifecycle (performed, closed, cancelled), each move with If-Match and
 * a reason in the audit trail; a closure is announced with {@code partner.audit-closed} in the same
 * transaction.
 */
@ApplicationScoped
public class AuditLifecycle {

    @Inject
    SponsorAuditRepository audits;

    @Inject
    FindingRepository findings;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** Records the audit as performed on {@code performedOn}; without a reason, the trail says so. */
    @Transactional
    public SponsorAudit perform(UUID auditId, String ifMatch, LocalDate performedOn, String reason) {
        SponsorAudit audit = current(audits.findByIdOptional(auditId).orElse(null), auditId, ifMatch);
        String why = reason == null || reason.isBlank() ? "Audit performed on " + performedOn : reason;
        changeContext.because(why);
        audit.perform(performedOn, LocalDate.now(clock), why);
        audits.flush();
        return audit;
    }

    /** Closes the audit if no critical or major finding is open, and publishes {@code partner.audit-closed}. */
    @Transactional
    public SponsorAudit close(UUID auditId, String ifMatch, String reason) {
        // locked: no finding may be raised or reclassified while the closing policy is checked
        SponsorAudit audit = current(audits.findForUpdate(auditId).orElse(null), auditId, ifMatch);
        changeContext.because(reason);
        AuditClosure closure = audit.close(findings.ofAudit(auditId), reason, LocalDate.now(clock));
        audits.flush();
        outbox.publish(AuditEvents.TOPIC, AuditEvents.CLOSED, AuditEvents.AGGREGATE, audit.partnerId(),
                AuditClosed.of(closure));
        return audit;
    }

    @Transactional
    public SponsorAudit cancel(UUID auditId, String ifMatch, String reason) {
        SponsorAudit audit = current(audits.findByIdOptional(auditId).orElse(null), auditId, ifMatch);
        changeContext.because(reason);
        audit.cancel(reason);
        audits.flush();
        return audit;
    }

    private static SponsorAudit current(SponsorAudit audit, UUID auditId, String ifMatch) {
        if (audit == null) {
            throw RecordNotFoundException.of("Audit", auditId);
        }
        Preconditions.requireIfMatch(ifMatch, audit.version());
        return audit;
    }
}
