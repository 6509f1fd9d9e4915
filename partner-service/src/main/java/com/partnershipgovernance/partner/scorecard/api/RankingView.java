package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.SelectionRankings;
import com.partnershipgovernance.partner.scorecard.domain.CandidateResult;
import com.partnershipgovernance.partner.scorecard.domain.CriterionKind;
import com.partnershipgovernance.partner.scorecard.domain.CriterionResult;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.FunctionResult;
import com.partnershipgovernance.partner.scorecard.domain.SelectionStatus;
import com.partnershipgovernance.partner.scorecard.domain.SelectionWarning;
import com.partnershipgovernance.partner.scorecard.domain.WarningCode;
import com.partnershipgovernance.partner.scorecard.domain.WeightedRanking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The candidates of a selection side by side, best first, with the per-criterion and per-function
 * breakdown and the warnings. Points are out of 100, rounded to two decimals; means are on the scale.
 */
@Schema(name = "SelectionRanking")
public record RankingView(UUID selectionId, SelectionStatus status, UUID templateId,
                          TemplateView.Scale scale, Thresholds thresholds, List<RankedCandidate> candidates,
                          List<Warning> warnings) {

    /** The thresholds the warnings were raised with ({@code partner.selection.*}). */
    @Schema(name = "RankingThresholds")
    public record Thresholds(@Schema(description = "value points (of 100)", example = "10") BigDecimal costDrivenMargin,
                             @Schema(description = "share of the scale span", example = "0.5")
                             BigDecimal disagreementSpread) {
    }

    /** One candidate. */
    @Schema(name = "RankedCandidate")
    public record RankedCandidate(UUID partnerId, @Schema(example = "Acme Biologics GmbH") String legalName,
                                  @Schema(description = "1 is best; equal totals share a rank") int rank,
                                  @Schema(description = "weighted total out of 100", example = "68.75") BigDecimal total,
                                  @Schema(description = "whether every criterion has a score") boolean complete,
                                  @Schema(description = "0..100 over the scored VALUE criteria") BigDecimal valueScore,
                                  @Schema(description = "0..100 over the scored COST criteria") BigDecimal costScore,
                                  List<CriterionBreakdown> criteria, List<FunctionBreakdown> functions) {
    }

    /** One criterion of one candidate. */
    @Schema(name = "CriterionBreakdown")
    public record CriterionBreakdown(@Schema(example = "EXPERTISE") String code, String name, CriterionKind kind,
                                     int weight, int scoreCount,
                                     @Schema(description = "mean of all evaluators; null if none scored") BigDecimal mean,
                                     @Schema(description = "(mean - min) / (max - min)") BigDecimal normalised,
                                     @Schema(description = "normalised x weight") BigDecimal contribution,
                                     @Schema(description = "each function's mean on the scale")
                                     Map<EvaluatingFunction, BigDecimal> byFunction,
                                     List<EvaluatingFunction> missingFunctions) {
    }

    /** How one function rates one candidate. */
    @Schema(name = "FunctionBreakdown")
    public record FunctionBreakdown(EvaluatingFunction function, int criteriaScored,
                                    @Schema(description = "0..100 over the criteria this function scored")
                                    BigDecimal total) {
    }

    /** A warning for the people deciding. */
    @Schema(name = "SelectionWarning")
    public record Warning(WarningCode code, UUID candidatePartnerId, String criterionCode,
                          List<EvaluatingFunction> functions, UUID comparedPartnerId, BigDecimal difference,
                          String message) {
    }

    static RankingView of(SelectionRankings.RankedSelection ranked) {
        var scale = ranked.template().scale();
        return new RankingView(ranked.selection().id(), ranked.selection().status(), ranked.template().id(),
                new TemplateView.Scale(scale.min(), scale.max()),
                new Thresholds(ranked.thresholds().costDrivenMargin(), ranked.thresholds().disagreementSpread()),
                ranked.ranking().candidates().stream().map(RankingView::candidate).toList(),
                ranked.warnings().stream().map(RankingView::warning).toList());
    }

    private static RankedCandidate candidate(CandidateResult c) {
        return new RankedCandidate(c.candidate().partnerId(), c.candidate().name(), c.rank(),
                WeightedRanking.points(c.total()), c.complete(), WeightedRanking.points(c.valueScore()),
                WeightedRanking.points(c.costScore()), c.criteria().stream().map(RankingView::criterion).toList(),
                c.functions().stream().map(RankingView::function).toList());
    }

    private static CriterionBreakdown criterion(CriterionResult r) {
        Map<EvaluatingFunction, BigDecimal> byFunction = new LinkedHashMap<>();
        r.functionMeans().forEach((f, mean) -> byFunction.put(f, WeightedRanking.points(mean)));
        return new CriterionBreakdown(r.code(), r.criterion().name(), r.criterion().kind(), r.criterion().weight(),
                r.scoreCount(), WeightedRanking.points(r.mean()),
                r.normalised() == null ? null : r.normalised().setScale(4, RoundingMode.HALF_UP),
                WeightedRanking.points(r.contribution()), byFunction, r.missingFunctions().stream().sorted().toList());
    }

    private static FunctionBreakdown function(FunctionResult f) {
        return new FunctionBreakdown(f.function(), f.criteriaScored(), WeightedRanking.points(f.total()));
    }

    private static Warning warning(SelectionWarning w) {
        return new Warning(w.code(), w.candidatePartnerId(), w.criterionCode(), w.functions(), w.comparedPartnerId(),
                w.difference(), w.message());
    }
}
