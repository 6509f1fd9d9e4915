package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementCriteria;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.shared.domain.Criteria;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** Filters of the agreements made directly with a partner (MSAs, quality agreements). */
public class PartnerAgreementFilter implements AgreementFilter {

    @QueryParam("partnerId")
    UUID partnerId;

    @QueryParam("status")
    AgreementStatus status;

    @QueryParam("flaggedForReview")
    Boolean flaggedForReview;

    @Override
    public Criteria criteria() {
        return new AgreementCriteria().latestStatus(status).flaggedForReview(flaggedForReview)
                .equal("partnerId", partnerId);
    }
}
