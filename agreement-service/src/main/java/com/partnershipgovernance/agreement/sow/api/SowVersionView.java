package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.lifecycle.api.StatusChangeView;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of a SOW with its terms and every move of its lifecycle, signatures included. */
@Schema(name = "SowVersion")
public record SowVersionView(UUID agreementId,
                             UUID msaId,
                             UUID partnerId,
                             @Schema(example = "1") int version,
                             @Schema(example = "EXECUTED") AgreementStatus status,
                             SowView.Terms terms,
                             String amendmentReason,
                             Instant createdAt,
                             List<StatusChangeView> statusChanges) {

    static SowVersionView of(StatementOfWork sow, SowVersion version, List<AgreementStatusChange> moves) {
        return new SowVersionView(sow.id(), sow.msaId(), sow.partnerId(), version.number(), version.status(),
                SowView.Terms.of(version), version.amendmentReason(), version.createdAt(),
                moves.stream().map(m -> StatusChangeView.of(m, to -> sow.signedContent(version, to))).toList());
    }

    /** One line per version, oldest first. */
    @Schema(name = "SowVersionSummary")
    public record Summary(@Schema(example = "2") int version,
                          @Schema(example = "DRAFT") AgreementStatus status,
                          String title,
                          LocalDate startOn,
                          LocalDate endOn,
                          String amendmentReason,
                          Instant createdAt) {

        static Summary of(SowVersion v) {
            return new Summary(v.number(), v.status(), v.title(), v.startsOn(), v.endsOn(), v.amendmentReason(),
                    v.createdAt());
        }
    }

    /** Every version of {@code agreement}, oldest first. */
    static Versions versionsOf(StatementOfWork agreement) {
        return new Versions(agreement.id(), agreement.versions().stream().map(Summary::of).toList());
    }

    /** The versions envelope. */
    @Schema(name = "SowVersions")
    public record Versions(UUID agreementId, List<Summary> items) {
    }
}
