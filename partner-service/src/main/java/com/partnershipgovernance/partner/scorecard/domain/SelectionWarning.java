package com.partnershipgovernance.partner.scorecard.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A warning about a selection's ranking, for the people deciding.
 *
 * @param candidatePartnerId the candidate it is about
 * @param criterionCode      the criterion, when it is about one (null for a whole candidate)
 * @param functions          the functions concerned (missing ones, or those that disagree)
 * @param comparedPartnerId  for COST_DRIVEN_CHOICE: the candidate best on the value criteria
 * @param difference         for COST_DRIVEN_CHOICE: value points the leader trails by; for
 *                           FUNCTION_DISAGREEMENT: scale points between the lowest and highest function mean
 */
public record SelectionWarning(WarningCode code, UUID candidatePartnerId, String criterionCode,
                               List<EvaluatingFunction> functions, UUID comparedPartnerId, BigDecimal difference,
                               String message) {

    public SelectionWarning {
        functions = List.copyOf(functions);
    }
}
