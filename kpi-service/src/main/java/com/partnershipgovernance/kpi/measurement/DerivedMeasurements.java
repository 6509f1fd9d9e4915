package com.partnershipgovernance.kpi.measurement;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.derived.domain.PartnerFacts;
import com.partnershipgovernance.kpi.measurement.domain.Measurement;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementRepository;
import com.partnershipgovernance.kpi.status.events.BreachWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the measurements kpi-service derives from events: after an event changed the facts of a
 * period, the period's value is computed again from all its facts, stored (a change is audited with
 * the event as reason) and linked to the event. Applying the same facts again changes nothing.
 */
@ApplicationScoped
public class DerivedMeasurements {

    private static final Logger LOG = Logger.getLogger(DerivedMeasurements.class);
    private static final Measurement.Recorder KPI_SERVICE = new Measurement.Recorder("system:kpi-service",
            "kpi-service");

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    MeasurementRepository measurements;

    @Inject
    PartnerFacts facts;

    @Inject
    BreachWatch breachWatch;

    @Inject
    Clock clock;

    /** What caused a derivation: the event's id and short type. */
    public record Cause(String eventId, String eventType) {
    }

    /**
     * Derives {@code derived} for the partner in the period of the KPI that contains {@code day}, in one step: the
     * period's value from its facts (nothing when it has none), the measurement stored and linked to the event,
     * then the KPI's RAG followed and a breach or recovery announced, all in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void derive(DerivedKpi derived, UUID partnerId, LocalDate day, Cause cause) {
        String kpiCode = derived.code();
        KpiDefinition kpi = definitions.byCode(kpiCode)
                .orElseThrow(() -> new IllegalStateException("The shipped KPI " + kpiCode + " is missing"));
        Period period = Period.containing(day, kpi.periodicity());
        Optional<BigDecimal> value = facts.valueOf(derived, partnerId, period.start(), period.end());
        if (value.isEmpty()) {
            return;
        }
        Optional<Measurement> existing = measurements.of(kpiCode, partnerId, period);
        if (existing.isPresent() && !existing.get().isDerived()) {
            LOG.warnf("%s of partner %s in %s was entered by hand; event %s leaves it as it is", kpiCode, partnerId,
                    period, cause.eventId());
            return;
        }
        Measurement measurement;
        if (existing.isEmpty()) {
            measurement = Measurement.derived(kpiCode, partnerId, period, value.get(), KPI_SERVICE, clock.instant());
            measurements.persist(measurement);
        } else {
            measurement = existing.get();
            if (measurement.value().compareTo(value.get()) != 0) {
                measurement.record(value.get(), null, KPI_SERVICE, clock.instant());
            }
        }
        measurements.flush();
        measurements.link(measurement.id(), cause.eventId(), cause.eventType(), clock.instant());
        breachWatch.follow(kpiCode, partnerId);
    }
}
