package com.partnershipgovernance.partner.regulatory;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.regulatory.domain.Inspection;
import com.partnershipgovernance.partner.regulatory.domain.InspectionFacts;
import com.partnershipgovernance.partner.regulatory.domain.InspectionRepository;
import com.partnershipgovernance.partner.regulatory.domain.RegulatorySubmission;
import com.partnershipgovernance.partner.regulatory.domain.RegulatorySubmissionRepository;
import com.partnershipgovernance.partner.regulatory.domain.SubmissionFacts;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Keeps a partner's regulatory track record: the inspections it underwent and the submissions it
 * supported. Corrections need If-Match and a reason; records are retired, never deleted.
 */
@ApplicationScoped
public class TrackRecord {

    @Inject
    PartnerRepository partners;

    @Inject
    InspectionRepository inspections;

    @Inject
    RegulatorySubmissionRepository submissions;

    @Inject
    SiteRepository sites;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public Inspection recordInspection(UUID partnerId, InspectionFacts facts) {
        partners.requireActive(partnerId);
        requireSiteOf(partnerId, facts.siteId());
        Inspection inspection = new Inspection(partnerId, facts);
        inspections.persistAndFlush(inspection);
        return inspection;
    }

    @Transactional
    public Inspection correctInspection(UUID partnerId, UUID inspectionId, String ifMatch, InspectionFacts facts) {
        Inspection inspection = inspection(partnerId, inspectionId);
        Preconditions.requireIfMatch(ifMatch, inspection.version());
        changeContext.requireReason();
        requireSiteOf(partnerId, facts.siteId());
        inspection.correct(facts);
        inspections.flush();
        return inspection;
    }

    @Transactional
    public Inspection retireInspection(UUID partnerId, UUID inspectionId, String ifMatch) {
        Inspection inspection = inspection(partnerId, inspectionId);
        Preconditions.requireIfMatch(ifMatch, inspection.version());
        inspection.retire(changeContext.requireReason(), changeContext.actor().id(), clock.instant());
        inspections.flush();
        return inspection;
    }

    @Transactional
    public RegulatorySubmission recordSubmission(UUID partnerId, SubmissionFacts facts) {
        partners.requireActive(partnerId);
        RegulatorySubmission submission = new RegulatorySubmission(partnerId, facts);
        submissions.persistAndFlush(submission);
        return submission;
    }

    @Transactional
    public RegulatorySubmission correctSubmission(UUID partnerId, UUID submissionId, String ifMatch,
                                                  SubmissionFacts facts) {
        RegulatorySubmission submission = submission(partnerId, submissionId);
        Preconditions.requireIfMatch(ifMatch, submission.version());
        changeContext.requireReason();
        submission.correct(facts);
        submissions.flush();
        return submission;
    }

    @Transactional
    public RegulatorySubmission retireSubmission(UUID partnerId, UUID submissionId, String ifMatch) {
        RegulatorySubmission submission = submission(partnerId, submissionId);
        Preconditions.requireIfMatch(ifMatch, submission.version());
        submission.retire(changeContext.requireReason(), changeContext.actor().id(), clock.instant());
        submissions.flush();
        return submission;
    }

    private Inspection inspection(UUID partnerId, UUID inspectionId) {
        partners.requireActive(partnerId);
        return inspections.findByIdOptional(inspectionId)
                .filter(i -> i.partnerId().equals(partnerId) && !i.isRetired())
                .orElseThrow(() -> RecordNotFoundException.of("Inspection", inspectionId));
    }

    private RegulatorySubmission submission(UUID partnerId, UUID submissionId) {
        partners.requireActive(partnerId);
        return submissions.findByIdOptional(submissionId)
                .filter(s -> s.partnerId().equals(partnerId) && !s.isRetired())
                .orElseThrow(() -> RecordNotFoundException.of("Regulatory submission", submissionId));
    }

    private void requireSiteOf(UUID partnerId, UUID siteId) {
        if (siteId != null && sites.findByIdOptional(siteId).filter(s -> s.partnerId().equals(partnerId)).isEmpty()) {
            throw BusinessRuleException.onField("siteId", "is not a site of partner " + partnerId);
        }
    }
}
