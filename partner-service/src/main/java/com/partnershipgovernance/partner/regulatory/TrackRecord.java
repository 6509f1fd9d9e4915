package com.partnershipgovernance.partner.regulatory;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.regulatory.domain.Inspection;
import com.partnershipgovernance.partner.regulatory.domain.InspectionFacts;
import com.partnershipgovernance.partner.regulatory.domain.InspectionRepository;
import com.partnershipgovernance.partner.regulatory.domain.RegulatorySubmission;
import com.partnershipgovernance.partner.regulatory.domain.RegulatorySubmissionRepository;
import com.partnershipgovernance.partner.regulatory.domain.SubmissionFacts;
import com.partnershipgovernance.partner.regulatory.domain.TrackRecordEntry;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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
    EntityManager entityManager;

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
        return correct(inspection(partnerId, inspectionId, false), ifMatch, inspection -> {
            requireSiteOf(partnerId, facts.siteId());
            inspection.correct(facts);
        });
    }

    @Transactional
    public Inspection retireInspection(UUID partnerId, UUID inspectionId, String ifMatch) {
        return retire(inspection(partnerId, inspectionId, false), ifMatch);
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
        return correct(submission(partnerId, submissionId, false), ifMatch, submission -> submission.correct(facts));
    }

    @Transactional
    public RegulatorySubmission retireSubmission(UUID partnerId, UUID submissionId, String ifMatch) {
        return retire(submission(partnerId, submissionId, false), ifMatch);
    }

    /** An inspection of the partner (a retired one only with {@code includeRetired}); else 404. */
    public Inspection inspection(UUID partnerId, UUID inspectionId, boolean includeRetired) {
        return entry(inspections, "Inspection", partnerId, inspectionId, includeRetired);
    }

    /** A submission of the partner's record (a retired one only with {@code includeRetired}); else 404. */
    public RegulatorySubmission submission(UUID partnerId, UUID submissionId, boolean includeRetired) {
        return entry(submissions, "Regulatory submission", partnerId, submissionId, includeRetired);
    }

    /** The partner's inspections, latest first. */
    public List<Inspection> inspections(UUID partnerId, boolean includeRetired) {
        partners.requireActive(partnerId);
        return inspections.ofPartner(partnerId, includeRetired);
    }

    /** The partner's submissions, latest year first. */
    public List<RegulatorySubmission> submissions(UUID partnerId, boolean includeRetired) {
        partners.requireActive(partnerId);
        return submissions.ofPartner(partnerId, includeRetired);
    }

    private <E extends TrackRecordEntry> E correct(E entry, String ifMatch, Consumer<E> correction) {
        Preconditions.requireIfMatch(ifMatch, entry.version());
        changeContext.requireReason();
        correction.accept(entry);
        entityManager.flush();
        return entry;
    }

    private <E extends TrackRecordEntry> E retire(E entry, String ifMatch) {
        Preconditions.requireIfMatch(ifMatch, entry.version());
        entry.retire(changeContext.requireReason(), changeContext.actor().id(), clock.instant());
        entityManager.flush();
        return entry;
    }

    private <E extends TrackRecordEntry> E entry(PanacheRepositoryBase<E, UUID> entries, String name, UUID partnerId,
                                                 UUID id, boolean includeRetired) {
        partners.requireActive(partnerId);
        return entries.findByIdOptional(id)
                .filter(e -> e.partnerId().equals(partnerId) && (includeRetired || !e.isRetired()))
                .orElseThrow(() -> RecordNotFoundException.of(name, id));
    }

    private void requireSiteOf(UUID partnerId, UUID siteId) {
        if (siteId != null && sites.findByIdOptional(siteId).filter(s -> s.partnerId().equals(partnerId)).isEmpty()) {
            throw BusinessRuleException.onField("siteId", "is not a site of partner " + partnerId);
        }
    }
}
