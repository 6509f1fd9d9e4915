package com.partnershipgovernance.partner.audit;

import com.partnershipgovernance.partner.audit.domain.AuditPlan;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Plans audits of partners and revises their planning data (with If-Match and a reason). */
@ApplicationScoped
public class AuditPlanning {

    @Inject
    SponsorAuditRepository audits;

    @Inject
    PartnerRepository partners;

    @Inject
    SiteRepository sites;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public SponsorAudit plan(UUID partnerId, AuditPlan plan) {
        if (partners.findByIdOptional(partnerId).isEmpty()) {
            throw RecordNotFoundException.of("Partner", partnerId);
        }
        requireSiteOf(partnerId, plan.siteId());
        SponsorAudit audit = SponsorAudit.plan(partnerId, plan, clock.instant());
        audits.persistAndFlush(audit);
        return audit;
    }

    /** Replaces the planning data; the reason ({@code X-Change-Reason}) is always required. */
    @Transactional
    public SponsorAudit revise(UUID auditId, String ifMatch, AuditPlan plan) {
        SponsorAudit audit = audits.findByIdOptional(auditId)
                .orElseThrow(() -> RecordNotFoundException.of("Audit", auditId));
        Preconditions.requireIfMatch(ifMatch, audit.version());
        changeContext.requireReason();
        requireSiteOf(audit.partnerId(), plan.siteId());
        audit.revise(plan);
        audits.flush();
        return audit;
    }

    private void requireSiteOf(UUID partnerId, UUID siteId) {
        if (siteId != null && sites.findByIdOptional(siteId).filter(s -> s.partnerId().equals(partnerId)).isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, "Site " + siteId + " is not a site of partner "
                    + partnerId, List.of(new Problem.FieldError("siteId", "is not a site of the audited partner")));
        }
    }
}
