package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every version of an agreement with a partner (an MSA or a quality agreement), oldest first, a line each. */
@Schema(name = "AgreementVersions")
public record AgreementVersionsView(UUID agreementId, List<Summary> items) {

    /** One version: its number, status, title, dates and why it amends the previous one. */
    @Schema(name = "AgreementVersionSummary")
    public record Summary(@Schema(example = "2") int version,
                          @Schema(example = "DRAFT") AgreementStatus status,
                          String title,
                          LocalDate effectiveOn,
                          LocalDate expiresOn,
                          String amendmentReason,
                          Instant createdAt) {

        static Summary of(AgreementVersion<?> v) {
            return new Summary(v.number(), v.status(), v.title(), v.startsOn(), v.endsOn(), v.amendmentReason(),
                    v.createdAt());
        }
    }

    /** Every version of {@code agreement}, oldest first. */
    public static AgreementVersionsView of(VersionedAgreement<?, ?> agreement) {
        return new AgreementVersionsView(agreement.id(), agreement.versions().stream().map(Summary::of).toList());
    }
}
