package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Warns when functions disagree widely on a criterion for a candidate: the highest and lowest
 * function means are {@code spread} x (max - min) scale points or more apart (with the default 0.5,
 * 2 points on a 1..5 scale). Wide disagreement usually means the functions judged different things.
 */
public final class FunctionDisagreementPolicy {

    private final BigDecimal spread;

    public FunctionDisagreementPolicy(BigDecimal spread) {
        this.spread = spread;
    }

    public List<SelectionWarning> check(WeightedRanking ranking) {
        BigDecimal threshold = spread.multiply(BigDecimal.valueOf(ranking.scale().span()));
        List<SelectionWarning> warnings = new ArrayList<>();
        for (CandidateResult candidate : ranking.candidates()) {
            for (CriterionResult criterion : candidate.criteria()) {
                Map<EvaluatingFunction, BigDecimal> means = criterion.functionMeans();
                if (means.size() < 2) {
                    continue;
                }
                Map.Entry<EvaluatingFunction, BigDecimal> low = extreme(means, -1);
                Map.Entry<EvaluatingFunction, BigDecimal> high = extreme(means, 1);
                BigDecimal difference = high.getValue().subtract(low.getValue());
                if (difference.compareTo(threshold) >= 0) {
                    warnings.add(new SelectionWarning(WarningCode.FUNCTION_DISAGREEMENT,
                            candidate.candidate().partnerId(), criterion.code(), List.of(high.getKey(), low.getKey()),
                            null, WeightedRanking.points(difference), "Functions disagree on "
                            + candidate.candidate().name() + " for " + criterion.code() + ": " + high.getKey() + " "
                            + display(high.getValue()) + ", " + low.getKey() + " " + display(low.getValue())));
                }
            }
        }
        return warnings;
    }

    /** The highest ({@code sign} 1) or lowest (-1) mean; the first function in order on a tie. */
    private static Map.Entry<EvaluatingFunction, BigDecimal> extreme(Map<EvaluatingFunction, BigDecimal> means,
                                                                     int sign) {
        Map.Entry<EvaluatingFunction, BigDecimal> found = null;
        for (Map.Entry<EvaluatingFunction, BigDecimal> entry : means.entrySet()) {
            if (found == null || entry.getValue().compareTo(found.getValue()) * sign > 0) {
                found = entry;
            }
        }
        return found;
    }

    private static String display(BigDecimal mean) {
        return mean.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
