package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a signer signs when approving or executing a SOW version: the version's terms as they stand. */
public final class SowSignedContent {

    private SowSignedContent() {
    }

    public static Map<String, Object> of(StatementOfWork sow, SowVersion version, AgreementStatus signedAs) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("agreementId", sow.id());
        content.put("kind", AgreementKind.SOW);
        content.put("msaId", sow.msaId());
        content.put("partnerId", sow.partnerId());
        content.put("sowKind", sow.kind());
        content.put("version", version.number());
        content.put("status", signedAs);
        content.put("terms", version.terms().fields());
        return content;
    }
}
