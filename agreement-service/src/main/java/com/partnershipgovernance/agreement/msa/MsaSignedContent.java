package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a legal signer signs when approving or executing an MSA version: the version's terms as they stand. */
public final class MsaSignedContent {

    private MsaSignedContent() {
    }

    public static Map<String, Object> of(MasterServicesAgreement msa, MsaVersion version, AgreementStatus signedAs) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agreementId", msa.id());
        content.put("kind", AgreementKind.MSA);
        content.put("partnerId", msa.partnerId());
        content.put("version", version.number());
        content.put("status", signedAs);
        content.put("terms", version.terms().fields());
        return content;
    }
}
