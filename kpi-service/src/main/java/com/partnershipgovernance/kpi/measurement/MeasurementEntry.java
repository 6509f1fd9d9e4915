package com.partnershipgovernance.kpi.measurement;

import com.partnershipgovernance.kpi.definition.domain.Aggregation;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.kpi.measurement.domain.KpiOfPartner;
import com.partnershipgovernance.kpi.measurement.domain.Measurement;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementRepository;
import com.partnershipgovernance.kpi.status.events.BreachWatch;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Stores measurements entered by the sponsor's functions and integrations: one at a time or a batch
 * that is stored whole or not at all. Every row is checked before anything is stored, and every
 * refusal names its field ({@code kpiCode}, or {@code measurements[3].kpiCode} in a batch).
 */
@ApplicationScoped
public class MeasurementEntry {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    MeasurementRepository measurements;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    BreachWatch breachWatch;

    @Inject
    Clock clock;

    /**
     * Stores all {@code values} or, if any breaks a rule, none.
     *
     * @param fieldPrefix the prefix of the fields of row {@code i} in the request ({@code ""} for a single one)
     * @throws ProblemException (422) naming each offending field
     */
    @Transactional
    public List<Measurement> enter(List<EnteredValue> values, IntFunction<String> fieldPrefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Measurement> accepted = new ArrayList<>();
        Measurement.Recorder by = new Measurement.Recorder(caller.subject(), caller.name());
        for (int i = 0; i < values.size(); i++) {
            EnteredValue value = values.get(i);
            String prefix = fieldPrefix.apply(i);
            int before = errors.size();
            Optional<KpiDefinition> kpi = definitions.byCode(value.kpiCode());
            if (kpi.isEmpty()) {
                errors.add(new Problem.FieldError(prefix + "kpiCode", "is not a defined KPI"));
                continue;
            }
            if (!kpi.get().isEnteredManually()) {
                errors.add(new Problem.FieldError(prefix + "kpiCode",
                        "is derived from events; its measurements cannot be entered"));
                continue;
            }
            Optional<Period> period = Period.parse(value.period())
                    .filter(p -> p.periodicity() == kpi.get().periodicity());
            if (period.isEmpty()) {
                errors.add(new Problem.FieldError(prefix + "period", kpi.get().periodicity() == Periodicity.MONTHLY
                        ? "must be a month YYYY-MM: this KPI is measured monthly"
                        : "must be a quarter YYYY-Qn: this KPI is measured quarterly"));
            }
            if (partners.findByIdOptional(value.partnerId()).isEmpty()) {
                errors.add(new Problem.FieldError(prefix + "partnerId", "is not a partner kpi-service knows of"));
            }
            outOfRange(kpi.get(), value.value()).ifPresent(m -> errors.add(new Problem.FieldError(prefix + "value", m)));
            if (errors.size() > before) {
                continue;
            }
            if (!keys.add(value.kpiCode() + "|" + value.partnerId() + "|" + period.get())) {
                errors.add(new Problem.FieldError(prefix + "period",
                        "repeats the KPI, partner and period of an earlier row"));
            } else if (measurements.of(value.kpiCode(), value.partnerId(), period.get()).isPresent()) {
                errors.add(new Problem.FieldError(prefix + "period", "already has a measurement of this KPI for "
                        + "this partner; correct that one (PUT /measurements/{id})"));
            } else {
                accepted.add(Measurement.entered(value.kpiCode(), value.partnerId(), period.get(), value.value(),
                        value.source(), value.comment(), by, clock.instant()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, errors.size() == 1
                    ? errors.get(0).field() + " " + errors.get(0).message()
                    : errors.size() + " fields break a rule; nothing was stored", errors);
        }
        measurements.persist(accepted);
        measurements.flush();
        // once per KPI and partner: what follows reads the latest measurement, the same for every row of a batch
        accepted.stream().map(m -> new KpiOfPartner(m.partnerId(), m.kpiCode())).distinct()
                .forEach(k -> breachWatch.follow(k.kpiCode(), k.partnerId()));
        return accepted;
    }

    /**
     * Corrects an entered value; needs If-Match and X-Change-Reason.
     *
     * @throws ConflictException for a derived measurement: it follows its events
     */
    @Transactional
    public Measurement correct(UUID id, String ifMatch, BigDecimal value, String comment) {
        Measurement measurement = measurements.findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of("Measurement", id));
        Preconditions.requireIfMatch(ifMatch, measurement.version());
        changeContext.requireReason();
        if (measurement.isDerived()) {
            throw new ConflictException("Measurement " + id + " is derived from events; it cannot be corrected by hand");
        }
        KpiDefinition kpi = definitions.byCode(measurement.kpiCode()).orElseThrow();
        outOfRange(kpi, value).ifPresent(m -> {
            throw BusinessRuleException.onField("value", m);
        });
        measurement.record(value, comment, new Measurement.Recorder(caller.subject(), caller.name()), clock.instant());
        measurements.flush();
        breachWatch.follow(measurement.kpiCode(), measurement.partnerId());
        return measurement;
    }

    private static Optional<String> outOfRange(KpiDefinition kpi, BigDecimal value) {
        if (kpi.aggregation() == Aggregation.RATE && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            return Optional.of("must be between 0 and 100: this KPI is a percentage");
        }
        return Optional.empty();
    }
}
