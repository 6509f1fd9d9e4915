package com.partnershipgovernance.agreement.msa.api;

import com.partnershipgovernance.agreement.lifecycle.api.PartnerAgreementResource;
import com.partnershipgovernance.agreement.msa.MsaKind;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Master services agreements: the records every kind of agreement has ({@link PartnerAgreementResource}). */
@Path("/msas")
@Tag(name = "MSAs")
public class MsaResource extends PartnerAgreementResource<MasterServicesAgreement, MsaVersion, MsaTerms, MsaRequest,
        MsaView> {

    @Inject
    MsaResource(MsaKind msas) {
        super(msas, MsaView::of);
    }
}
