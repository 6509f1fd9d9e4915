package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a quality signer signs when approving or executing a quality agreement version: the version's terms as they stand. */
public final class QualityAgreementSignedContent {

    private QualityAgreementSignedContent() {
    }

    public static Map<String, Object> of(QualityAgreement agreement, QualityAgreementVersion version, AgreementStatus signedAs) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agreementId", agreement.id());
        content.put("kind", AgreementKind.QUALITY_AGREEMENT);
        content.put("partnerId", agreement.partnerId());
        content.put("version", version.number());
        content.put("status", signedAs);
        content.put("terms", version.terms().fields());
        return content;
    }
}
