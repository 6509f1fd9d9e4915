package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.TermChange;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What changed from version {@code from} to version {@code to} of an agreement, field by field. */
@Schema(name = "AgreementVersionComparison")
public record VersionComparison(UUID agreementId,
                                @Schema(example = "1") int from,
                                @Schema(example = "2") int to,
                                List<TermChange> changes) {

    /** Compares versions {@code a} and {@code b} of {@code agreement} (404 when either is missing). */
    public static VersionComparison of(VersionedAgreement<?, ?> agreement, int a, int b) {
        return new VersionComparison(agreement.id(), a, b,
                agreement.version(a).terms().changesTo(agreement.version(b).terms()));
    }
}
