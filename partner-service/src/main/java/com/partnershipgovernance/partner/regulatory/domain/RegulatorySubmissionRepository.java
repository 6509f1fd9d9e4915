package com.partnershipgovernance.partner.regulatory.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The partners' regulatory submissions track record. */
@ApplicationScoped
public class RegulatorySubmissionRepository implements PanacheRepositoryBase<RegulatorySubmission, UUID> {

    /** A partner's submissions, latest year first. */
    public List<RegulatorySubmission> ofPartner(UUID partnerId, boolean includeRetired) {
        return list("partnerId = ?1" + (includeRetired ? "" : " and retirement.retiredAt is null")
                + " order by submissionYear desc, productType", partnerId);
    }
}
