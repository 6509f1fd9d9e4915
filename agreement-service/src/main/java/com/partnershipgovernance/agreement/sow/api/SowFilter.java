package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.lifecycle.api.AgreementFilter;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementCriteria;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.shared.domain.Criteria;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** Filters of SOWs: by MSA, partner, kind of work and the latest version's status. */
public class SowFilter implements AgreementFilter {

    @QueryParam("msaId")
    UUID msaId;

    @QueryParam("partnerId")
    UUID partnerId;

    @QueryParam("kind")
    SowKind kind;

    @QueryParam("status")
    AgreementStatus status;

    @Override
    public Criteria criteria() {
        return new AgreementCriteria().latestStatus(status).equal("msaId", msaId).equal("partnerId", partnerId)
                .equal("kind", kind);
    }
}
