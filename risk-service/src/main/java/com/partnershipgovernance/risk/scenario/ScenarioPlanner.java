package com.partnershipgovernance.risk.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RegisterViews;
import com.partnershipgovernance.risk.register.domain.HeatMap;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.rules.RiskRules;
import com.partnershipgovernance.risk.rules.events.RuleEvents;
import com.partnershipgovernance.risk.rules.domain.RuleDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the register would look like if an event occurred: the event is read and evaluated exactly
 * as the consumers do (same record types, same {@link RiskRules#evaluate} code), and the decision is
 * applied to a copy of the live risks' scores, never to the register.
 */
@ApplicationScoped
public class ScenarioPlanner {

    /** The event types a scenario can play. */
    public static final List<String> TYPES = List.of(RuleEvents.DEVIATION_REPORTED, RuleEvents.DEVIATION_CLASSIFIED,
            RuleEvents.DEVIATION_CLOSED, RuleEvents.MILESTONE_MISSED, RuleEvents.QUALIFICATION_CHANGED,
            RuleEvents.KPI_BREACHED, RuleEvents.CERTIFICATION_EXPIRING);

    @Inject
    RiskRules rules;

    @Inject
    RegisterViews views;

    @Inject
    RiskSettings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    TransactionManager transactions;

    /** The outcome of a scenario: the rule's decision and the register before and after. */
    public record Outcome(RiskRules.Evaluation evaluation, HeatMap before, HeatMap after) {
    }

    /**
     * Plays {@code type} with {@code payload} against the register as it is now.
     *
     * @throws ValidationException naming {@code type} or the payload field that does not fit the event
     */
    @Transactional
    public Outcome play(String type, JsonNode payload) throws Exception {
        try {
            RiskRules.Evaluation evaluation = switch (type) {
                case RuleEvents.DEVIATION_REPORTED, RuleEvents.DEVIATION_CLASSIFIED ->
                        rules.evaluate(read(payload, RuleEvents.DeviationEvent.class).toFacts());
                case RuleEvents.DEVIATION_CLOSED ->
                        rules.evaluate(read(payload, RuleEvents.DeviationClosed.class).toFacts());
                case RuleEvents.KPI_BREACHED ->
                        rules.evaluate(read(payload, RuleEvents.KpiBreached.class).toFacts());
                case RuleEvents.MILESTONE_MISSED ->
                        rules.evaluate(read(payload, RuleEvents.MilestoneMissed.class).toFacts());
                case RuleEvents.QUALIFICATION_CHANGED ->
                        rules.evaluate(read(payload, RuleEvents.QualificationChanged.class).toFacts());
                case RuleEvents.CERTIFICATION_EXPIRING ->
                        rules.evaluate(read(payload, RuleEvents.CertificationExpiring.class).toFacts());
                default -> throw new ValidationException("type", "must be one of " + TYPES);
            };
            Map<UUID, RiskScore> before = new LinkedHashMap<>();
            for (Risk risk : views.live(unfiltered -> { })) {
                before.put(risk.id(), risk.score());
            }
            List<RiskScore> after = new ArrayList<>(apply(evaluation.decision(), before).values());
            if (evaluation.decision() instanceof RuleDecision.Raise raise) {
                after.add(raise.score());
            }
            return new Outcome(evaluation, HeatMap.of(before.values(), settings.bands()),
                    HeatMap.of(after, settings.bands()));
        } finally {
            // a scenario changes nothing stored, whatever it touched on the way
            transactions.setRollbackOnly();
        }
    }

    // a proposal waits for its owner and evidence changes no score: only raises and re-scores move the map
    private static Map<UUID, RiskScore> apply(RuleDecision decision, Map<UUID, RiskScore> before) {
        Map<UUID, RiskScore> after = new LinkedHashMap<>(before);
        if (decision instanceof RuleDecision.Rescore rescore) {
            after.put(rescore.riskId(), rescore.to());
        }
        return after;
    }

    private <T> T read(JsonNode payload, Class<T> type) {
        if (payload == null || !payload.isObject()) {
            throw new ValidationException("payload", "is required: the event's data as EVENTS.md describes it");
        }
        T value;
        try {
            value = mapper.treeToValue(payload, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ValidationException("payload", "does not fit the event: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            throw new ValidationException("payload." + first.getPropertyPath(), first.getMessage());
        }
        return value;
    }
}
