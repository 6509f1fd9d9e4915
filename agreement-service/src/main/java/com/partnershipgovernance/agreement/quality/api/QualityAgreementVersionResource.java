package com.partnershipgovernance.agreement.quality.api;

import com.partnershipgovernance.agreement.lifecycle.api.AgreementVersionResource;
import com.partnershipgovernance.agreement.lifecycle.api.AgreementVersionsView;
import com.partnershipgovernance.agreement.quality.QualityAgreementKind;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versions of a quality agreement: what every kind of agreement has ({@link AgreementVersionResource}). */
@Path("/quality-agreements/{id}")
@Tag(name = "Quality agreement versions")
public class QualityAgreementVersionResource extends AgreementVersionResource<QualityAgreement,
        QualityAgreementVersion, QualityAgreementView, QualityAgreementVersionView, AgreementVersionsView> {

    @Inject
    QualityAgreementVersionResource(QualityAgreementKind qualityAgreements) {
        super(qualityAgreements, new Views<>(QualityAgreementView::of, QualityAgreementVersionView::of,
                AgreementVersionsView::of));
    }
}
