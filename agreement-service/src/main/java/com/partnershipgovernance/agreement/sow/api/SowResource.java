package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.lifecycle.api.AgreementResource;
import com.partnershipgovernance.agreement.sow.SowSpending;
import com.partnershipgovernance.agreement.sow.StatementOfWorkKind;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statements of work: the records every kind of agreement has ({@link AgreementResource}), each shown with the
 * spend posted against its budget.
 */
@Path("/sows")
@Tag(name = "SOWs")
public class SowResource extends AgreementResource<StatementOfWork, SowVersion, SowTerms, SowRequest, SowView> {

    @Inject
    SowResource(StatementOfWorkKind sows, SowSpending spending) {
        super(sows, sow -> SowView.of(sow, spending.position(sow)));
    }

    @Transactional
    @GET
    public Page<SowView> list(@BeanParam @Valid PageRequest page, @BeanParam SowFilter filter) {
        return find(page, filter);
    }
}
