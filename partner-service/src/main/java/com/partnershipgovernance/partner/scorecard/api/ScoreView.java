package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatorScore;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An evaluator's current score. */
@Schema(name = "EvaluatorScore")
public record ScoreView(UUID id,
                        UUID candidatePartnerId,
                        @Schema(example = "COMPLIANCE") String criterionCode,
                        EvaluatingFunction function,
                        @Schema(example = "u-1234") String evaluatorId,
                        @Schema(example = "Dana Quality") String evaluatorName,
                        @Schema(example = "4") int score,
                        @Schema(example = "Two MHRA inspections without major findings") String comment,
                        Instant scoredAt,
                        @Schema(description = "how often this score was given or replaced, from 0", example = "0")
                        long version) implements Versioned {

    static ScoreView of(EvaluatorScore s) {
        return new ScoreView(s.id(), s.candidatePartnerId(), s.criterionCode(), s.function(), s.evaluatorId(),
                s.evaluatorName(), s.score(), s.comment(), s.scoredAt(), s.version());
    }
}
