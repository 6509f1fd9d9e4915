package com.partnershipgovernance.agreement.msa.api;

import com.partnershipgovernance.agreement.lifecycle.api.AgreementVersionResource;
import com.partnershipgovernance.agreement.lifecycle.api.AgreementVersionsView;
import com.partnershipgovernance.agreement.msa.MsaKind;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versions of an MSA: what every kind of agreement has ({@link AgreementVersionResource}). */
@Path("/msas/{id}")
@Tag(name = "MSA versions")
public class MsaVersionResource extends AgreementVersionResource<MasterServicesAgreement, MsaVersion, MsaView,
        MsaVersionView, AgreementVersionsView> {

    @Inject
    MsaVersionResource(MsaKind msas) {
        super(msas, new Views<>(MsaView::of, MsaVersionView::of, AgreementVersionsView::of));
    }
}
