package com.partnershipgovernance.agreement.msa.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.partnershipgovernance.agreement.lifecycle.api.AgreementAnswer;
import com.partnershipgovernance.agreement.shared.api.MoneyView;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewFlagView;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An MSA as it stands: its latest version (the original or the newest amendment) with status and terms,
 * which version is in force, and whether it is flagged for review. Its ETag is the agreement's version.
 */
@Schema(name = "Msa")
public record MsaView(UUID id,
                      UUID partnerId,
                      @JsonProperty("version") @Schema(description = "the latest version's number", example = "2")
                      int latestVersion,
                      @Schema(description = "the latest version's status", example = "DRAFT") AgreementStatus status,
                      @Schema(description = "the version binding the parties (EXECUTED or SUSPENDED), if any",
                              example = "1") Integer inForceVersion,
                      @Schema(example = "Master services agreement for biologics manufacturing") String title,
                      LocalDate effectiveOn,
                      LocalDate expiresOn,
                      @Schema(example = "England and Wales") String governingLaw,
                      TermsView.PaymentTermsView paymentTerms,
                      MoneyView liabilityCap,
                      @Schema(description = "agreed in the terms, or moved by a periodic review")
                      LocalDate reviewOn,
                      List<TermsView.DocumentView> documents,
                      @Schema(description = "why the latest version amends the previous one; null for version 1")
                      String amendmentReason,
                      boolean flaggedForReview,
                      ReviewFlagView reviewFlag,
                      Instant createdAt,
                      Instant updatedAt,
                      @JsonIgnore long recordVersion) implements AgreementAnswer {

    static MsaView of(MasterServicesAgreement msa) {
        MsaVersion latest = msa.latest();
        MsaTerms terms = latest.terms();
        return new MsaView(msa.id(), msa.partnerId(), latest.number(), latest.status(),
                msa.inForce().map(MsaVersion::number).orElse(null), terms.title(), terms.effectiveOn(),
                terms.expiresOn(), terms.governingLaw(), TermsView.payment(terms), TermsView.liabilityCap(terms),
                latest.reviewOn(), TermsView.documents(terms), latest.amendmentReason(), msa.isFlaggedForReview(),
                ReviewFlagView.of(msa), msa.createdAt(), msa.updatedAt(), msa.version());
    }
}
