package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.Rag;
import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.register.domain.RiskScoreChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One score a risk had: the first when raised (no previous score), then each re-score. */
@Schema(name = "RiskScoreChange")
public record ScoreChangeView(Integer previousLikelihood, Integer previousImpact, Integer previousScore,
                              @Schema(example = "4") int likelihood, @Schema(example = "5") int impact,
                              @Schema(example = "20") int score, @Schema(example = "RED") Rag rag,
                              @Schema(example = "Second OOS on the same product in one quarter") String reason,
                              String causeEventId, String changedBy, String changedByName, Instant changedAt) {

    static ScoreChangeView of(RiskScoreChange change, RagBands bands) {
        RiskScore previous = change.previous().orElse(null);
        return new ScoreChangeView(previous == null ? null : previous.likelihood(),
                previous == null ? null : previous.impact(), previous == null ? null : previous.value(),
                change.score().likelihood(), change.score().impact(), change.score().value(),
                change.score().rag(bands), change.reason(), change.causeEventId(), change.changedBy(),
                change.changedByName(), change.changedAt());
    }

    /** A risk's score history, oldest first. */
    @Schema(name = "RiskScoreHistory")
    public record History(List<ScoreChangeView> items) {
    }
}
