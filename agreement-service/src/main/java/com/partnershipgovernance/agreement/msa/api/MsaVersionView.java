package com.partnershipgovernance.agreement.msa.api;

import com.partnershipgovernance.agreement.shared.api.MoneyView;
import com.partnershipgovernance.agreement.lifecycle.api.StatusChangeView;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of an MSA with its terms and every move of its lifecycle, signatures included. */
@Schema(name = "MsaVersion")
public record MsaVersionView(UUID agreementId,
                             UUID partnerId,
                             @Schema(example = "1") int version,
                             @Schema(example = "EXECUTED") AgreementStatus status,
                             @Schema(example = "Master services agreement for biologics manufacturing") String title,
                             LocalDate effectiveOn,
                             LocalDate expiresOn,
                             @Schema(example = "England and Wales") String governingLaw,
                             TermsView.PaymentTermsView paymentTerms,
                             MoneyView liabilityCap,
                             @Schema(description = "agreed in the terms, or moved by a periodic review")
                             LocalDate reviewOn,
                             List<TermsView.DocumentView> documents,
                             String amendmentReason,
                             Instant createdAt,
                             List<StatusChangeView> statusChanges) {

    static MsaVersionView of(MasterServicesAgreement msa, MsaVersion version, List<AgreementStatusChange> moves) {
        MsaTerms terms = version.terms();
        return new MsaVersionView(msa.id(), msa.partnerId(), version.number(), version.status(), terms.title(),
                terms.effectiveOn(), terms.expiresOn(), terms.governingLaw(), TermsView.payment(terms),
                TermsView.liabilityCap(terms), version.reviewOn(), TermsView.documents(terms),
                version.amendmentReason(), version.createdAt(),
                moves.stream().map(m -> StatusChangeView.of(m, to -> msa.signedContent(version, to))).toList());
    }
}
