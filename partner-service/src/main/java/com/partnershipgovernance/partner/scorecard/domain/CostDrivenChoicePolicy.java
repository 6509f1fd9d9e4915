package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Warns when the choice is driven by cost: the leader scores strictly best of all candidates on the
 * COST criteria while another candidate beats it on the VALUE criteria (expertise, compliance,
 * capacity) by {@code margin} value points (of 100) or more. Candidates without a scored cost or value
 * criterion are left out of the comparison; the missing-function warnings cover them.
 */
public final class CostDrivenChoicePolicy {

    private final BigDecimal margin;

    public CostDrivenChoicePolicy(BigDecimal margin) {
        this.margin = margin;
    }

    public List<SelectionWarning> check(WeightedRanking ranking) {
        return ranking.leaders().stream()
                .map(leader -> check(ranking, leader))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<SelectionWarning> check(WeightedRanking ranking, CandidateResult leader) {
        if (leader.costScore() == null || leader.valueScore() == null) {
            return Optional.empty();
        }
        List<CandidateResult> others = ranking.candidatesExcept(c -> c == leader);
        List<CandidateResult> costed = others.stream().filter(c -> c.costScore() != null).toList();
        boolean winsOnCost = !costed.isEmpty()
                && costed.stream().allMatch(c -> leader.costScore().compareTo(c.costScore()) > 0);
        if (!winsOnCost) {
            return Optional.empty();
        }
        return others.stream().filter(c -> c.valueScore() != null)
                .max(Comparator.comparing(CandidateResult::valueScore))
                .filter(best -> best.valueScore().subtract(leader.valueScore()).compareTo(margin) >= 0)
                .map(best -> warning(leader, best));
    }

    private static SelectionWarning warning(CandidateResult leader, CandidateResult best) {
        BigDecimal gap = WeightedRanking.points(best.valueScore().subtract(leader.valueScore()));
        return new SelectionWarning(WarningCode.COST_DRIVEN_CHOICE, leader.candidate().partnerId(), null, List.of(),
                best.candidate().partnerId(), gap, leader.candidate().name() + " leads because it wins on cost ("
                + WeightedRanking.points(leader.costScore()) + " cost points) while trailing "
                + best.candidate().name() + " by " + gap + " points on the value criteria ("
                + WeightedRanking.points(leader.valueScore()) + " against " + WeightedRanking.points(best.valueScore())
                + ")");
    }
}
