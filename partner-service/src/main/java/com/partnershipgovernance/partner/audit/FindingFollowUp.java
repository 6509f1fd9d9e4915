package com.partnershipgovernance.partner.audit;

import com.partnershipgovernance.partner.audit.domain.Finding;
import com.partnershipgovernance.partner.audit.domain.FindingDetails;
import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The findings of an audit and their follow-up: quality raises and revises them, the partner (or
 * quality on its behalf) responds, quality rejects a response or closes the finding.
 */
@ApplicationScoped
public class FindingFollowUp {

    /** The trail's reason for a response, which carries no reason of its own. */
    static final String RESPONSE_REASON = "Partner's response to the finding received";

    @Inject
    SponsorAuditRepository audits;

    @Inject
    FindingRepository findings;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Finding raise(UUID auditId, FindingDetails details) {
        // locked: numbers stay unique, and no finding slips into an audit being closed
        SponsorAudit audit = audits.findForUpdate(auditId).orElseThrow(() -> RecordNotFoundException.of("Audit", auditId));
        Finding finding = audit.raiseFinding(findings.nextNumber(auditId), details, clock.instant());
        findings.persistAndFlush(finding);
        return finding;
    }

    /** Reclassifies, rewords or reschedules a finding; the reason ({@code X-Change-Reason}) is required. */
    @Transactional
    public Finding revise(UUID auditId, UUID findingId, String ifMatch, FindingDetails details) {
        SponsorAudit audit = audits.findForUpdate(auditId).orElseThrow(() -> RecordNotFoundException.of("Audit", auditId));
        Finding finding = current(auditId, findingId, ifMatch);
        changeContext.requireReason();
        audit.reviseFinding(finding, details);
        findings.flush();
        return finding;
    }

    /** The partner's response; a partner user may respond only to their own partner's findings (else 404). */
    @Transactional
    public Finding respond(UUID auditId, UUID findingId, String ifMatch, String response) {
        Finding finding = current(auditId, findingId, ifMatch);
        changeContext.because(RESPONSE_REASON);
        finding.respond(response, caller.subject(), caller.name(), clock.instant());
        findings.flush();
        return finding;
    }

    @Transactional
    public Finding rejectResponse(UUID auditId, UUID findingId, String ifMatch, String reason,
                                  LocalDate newResponseDueOn) {
        SponsorAudit audit = audits.require(auditId);
        Finding finding = current(auditId, findingId, ifMatch);
        changeContext.because(reason);
        audit.rejectResponse(finding, reason, newResponseDueOn);
        findings.flush();
        return finding;
    }

    @Transactional
    public Finding close(UUID auditId, UUID findingId, String ifMatch, String reason) {
        Finding finding = current(auditId, findingId, ifMatch);
        changeContext.because(reason);
        finding.close(reason, caller.subject(), LocalDate.now(clock));
        findings.flush();
        return finding;
    }

    private Finding current(UUID auditId, UUID findingId, String ifMatch) {
        Finding finding = findings.require(auditId, findingId);
        Preconditions.requireIfMatch(ifMatch, finding.version());
        return finding;
    }
}
