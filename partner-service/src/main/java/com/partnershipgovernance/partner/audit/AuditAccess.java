package com.partnershipgovernance.partner.audit;

import com.partnershipgovernance.partner.audit.domain.Finding;
import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * Which audits the caller may see: the sponsor's users see every audit, a partner's user only the
 * audits of their own partner. Anything else answers 404, as if it did not exist.
 */
@ApplicationScoped
public class AuditAccess {

    /** Matches no partner: a partner user without a {@code partner_id} claim sees nothing. */
    private static final UUID NO_PARTNER = new UUID(0, 0);

    @Inject
    SponsorAuditRepository audits;

    @Inject
    FindingRepository findings;

    @Inject
    Caller caller;

    /** The audit, if it exists and the caller may see it. */
    public SponsorAudit audit(UUID auditId) {
        return audits.findByIdOptional(auditId).filter(a -> maySee(a.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("Audit", auditId));
    }

    /** The finding of that audit, if both exist and the caller may see them. */
    public Finding finding(UUID auditId, UUID findingId) {
        return findings.ofAudit(auditId, findingId).filter(f -> maySee(f.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("Finding", findingId));
    }

    /**
     * The partner a list is restricted to: the one {@code requested}, if any; for a partner user always
     * their own (a request for another partner's records finds none).
     */
    public Optional<UUID> partnerScope(Optional<UUID> requested) {
        if (!caller.isPartnerUser()) {
            return requested;
        }
        UUID own = caller.partnerId().orElse(NO_PARTNER);
        return Optional.of(requested.isEmpty() || requested.get().equals(own) ? own : NO_PARTNER);
    }

    private boolean maySee(UUID partnerId) {
        return !caller.isPartnerUser() || caller.partnerId().map(partnerId::equals).orElse(false);
    }
}
