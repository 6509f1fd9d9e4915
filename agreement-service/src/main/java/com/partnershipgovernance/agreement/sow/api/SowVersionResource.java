package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.lifecycle.api.AgreementVersionResource;
import com.partnershipgovernance.agreement.sow.SowSpending;
import com.partnershipgovernance.agreement.sow.StatementOfWorkKind;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versions of a SOW: what every kind of agreement has ({@link AgreementVersionResource}). */
@Path("/sows/{id}")
@Tag(name = "SOWs")
public class SowVersionResource extends AgreementVersionResource<StatementOfWork, SowVersion, SowView,
        SowVersionView, SowVersionView.Versions> {

    @Inject
    SowVersionResource(StatementOfWorkKind sows, SowSpending spending) {
        super(sows, new Views<>(sow -> SowView.of(sow, spending.position(sow)), SowVersionView::of,
                SowVersionView::versionsOf));
    }
}
