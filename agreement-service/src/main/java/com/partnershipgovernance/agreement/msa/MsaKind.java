package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.KindOfAgreement;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionsOfKind;
import com.partnershipgovernance.agreement.msa.api.MsaRequest;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * MSAs as a kind of agreement: the legal and financial framework with a partner, drafted by legal and
 * finance, moved, signed and reviewed by legal; executing needs an approved partner, as for every kind.
 */
@Singleton
public class MsaKind extends KindOfAgreement<MasterServicesAgreement, MsaVersion, MsaTerms, MsaRequest> {

    @Inject
    public MsaKind(MsaRepository msas) {
        super(AgreementKind.MSA, msas, new VersionsOfKind<>(MsaVersion.class, "msa", "expiresOn"),
                MasterServicesAgreement::draft);
    }
}
