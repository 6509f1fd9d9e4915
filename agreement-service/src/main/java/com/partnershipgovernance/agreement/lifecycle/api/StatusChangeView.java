package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.function.Function;

/** One move of an agreement version, with the signature of an approval or execution. */
@Schema(name = "AgreementStatusChange")
public record StatusChangeView(@Schema(example = "1") int version,
                               AgreementStatus from,
                               AgreementStatus to,
                               @Schema(example = "Terms agreed with the partner's counsel") String reason,
                               @Schema(example = "u-lee") String changedBy,
                               @Schema(example = "Lee Legal") String changedByName,
                               Instant changedAt,
                               SignatureView signature) {

    /**
     * @param signedContent the content a signature of a move to a given status covers, as it is now: the
     *                      signature shows whether it still matches
     */
    public static StatusChangeView of(AgreementStatusChange change,
                                      Function<AgreementStatus, Object> signedContent) {
        return new StatusChangeView(change.versionNumber(), change.from(), change.to(), change.reason(),
                change.changedBy(), change.changedByName(), change.changedAt(),
                change.signature() == null ? null
                        : ElectronicSignatures.view(change.signature(), signedContent.apply(change.to())));
    }
}
