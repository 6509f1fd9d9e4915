package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.lifecycle.api.PartnerAgreementResource;
import com.partnershipgovernance.agreement.quality.QualityAgreementKind;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quality agreements: the records every kind of agreement has ({@link PartnerAgreementResource}), and the template a
 * new one may start from.
 */
@Path("/quality-agreements")
@Tag(name = "Quality agreements")
public class QualityAgreementResource extends PartnerAgreementResource<QualityAgreement, QualityAgreementVersion,
        QualityTerms, QualityAgreementRequest, QualityAgreementView> {

    @Inject
    QualityAgreementResource(QualityAgreementKind qualityAgreements) {
        super(qualityAgreements, QualityAgreementView::of);
    }

    @GET
    @Path("/template")
    @Operation(summary = "Template of a quality agreement", description = "The responsibility matrix (every area), "
            + "audit rights and notification timelines a new agreement may start from (fromTemplate: true).")
    public QualityTermsDto.TemplateView template() {
        return QualityTermsDto.TemplateView.current();
    }
}
