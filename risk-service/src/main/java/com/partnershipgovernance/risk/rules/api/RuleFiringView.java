package com.partnershipgovernance.risk.rules.api;

import com.partnershipgovernance.risk.rules.domain.FiringOutcome;
import com.partnershipgovernance.risk.rules.domain.RuleFiring;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One firing of an automatic rule: policy and version, causing event, inputs, outcome. */
@Schema(name = "RuleFiring")
public record RuleFiringView(UUID id, @Schema(example = "deviation-risk") String policy,
                             @Schema(example = "1") int policyVersion, String causeEventId,
                             @Schema(example = "deviation.reported") String causeEventType, UUID partnerId,
                             String subjectRef,
                             @Schema(description = "the inputs the policy saw, as JSON") String inputs,
                             @Schema(example = "RAISED") FiringOutcome outcome, UUID riskId, String explanation,
                             Instant firedAt) {

    static RuleFiringView of(RuleFiring f) {
        return new RuleFiringView(f.id(), f.policy(), f.policyVersion(), f.causeEventId(), f.causeEventType(),
                f.partnerId(), f.subjectRef(), f.inputs(), f.outcome(), f.riskId(), f.explanation(), f.firedAt());
    }

    /** The firings that changed one risk, oldest first. */
    @Schema(name = "RuleFirings")
    public record Firings(List<RuleFiringView> items) {
    }
}
