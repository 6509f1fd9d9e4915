package com.partnershipgovernance.partner.scorecard.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a criterion of a scorecard is: its code, name, guidance for evaluators, weight (percent of the
 * total), kind, and the functions that must score it.
 */
public record CriterionDefinition(String code, String name, String description, int weight, CriterionKind kind,
                                  Set<EvaluatingFunction> requiredFunctions) {

    public CriterionDefinition {
        requiredFunctions = Collections.unmodifiableSet(requiredFunctions.isEmpty()
                ? EnumSet.noneOf(EvaluatingFunction.class) : EnumSet.copyOf(requiredFunctions));
    }
}
