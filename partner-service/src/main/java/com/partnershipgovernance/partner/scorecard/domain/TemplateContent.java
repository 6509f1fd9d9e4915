package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content of a scorecard template as an author writes it. Its rules: at least one criterion,
 * codes unique, each criterion scored by at least one function, weights summing to 100.
 */
public record TemplateContent(String name, String description, ScoringScale scale,
                              List<CriterionDefinition> criteria) {

    /** The weights of a template's criteria sum to this. */
    public static final int TOTAL_WEIGHT = 100;

    public TemplateContent {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw BusinessRuleException.onField("criteria", "must list at least one criterion");
        }
        Set<String> codes = new HashSet<>();
        for (CriterionDefinition criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw BusinessRuleException.onField("criteria", "lists the code " + criterion.code() + " twice");
            }
            if (criterion.requiredFunctions().isEmpty()) {
                throw BusinessRuleException.onField("criteria", criterion.code() + " must name a function that scores it");
            }
        }
        int sum = criteria.stream().mapToInt(CriterionDefinition::weight).sum();
        if (sum != TOTAL_WEIGHT) {
            throw BusinessRuleException.onField("criteria", "weights must sum to " + TOTAL_WEIGHT + " (they sum to "
                    + sum + ")");
        }
    }
}
