package com.partnershipgovernance.kpi.status.events;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.kpi.measurement.domain.MeasuredValue;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementRepository;
import com.partnershipgovernance.kpi.status.domain.KpiStatus;
import com.partnershipgovernance.kpi.status.domain.KpiStatusRepository;
import com.partnershipgovernance.kpi.threshold.RagEvaluator;
import com.partnershipgovernance.kpi.threshold.ThresholdSetting;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows the current RAG of each partner's KPIs (that of the latest measured period) whenever a
 * measurement (the writer calls {@link #follow}) or the thresholds change, and announces through the outbox, in the same transaction,
 * {@code kpi.breached} when a KPI turns RED and {@code kpi.recovered} when it leaves RED. The status keeps the
 * latest two values too, for the portfolio.
 */
@ApplicationScoped
public class BreachWatch {

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    MeasurementRepository measurements;

    @Inject
    KpiStatusRepository statuses;

    @Inject
    RagEvaluator evaluator;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    void onThresholds(@Observes ThresholdSetting.ThresholdsChanged changed) {
        List<UUID> partners = changed.partnerId() != null ? List.of(changed.partnerId())
                : measurements.getEntityManager().createQuery("select distinct m.partnerId from Measurement m "
                        + "where m.kpiCode = ?1", UUID.class).setParameter(1, changed.kpiCode()).getResultList();
        partners.forEach(partner -> follow(changed.kpiCode(), partner));
    }

    /**
     * Follows the KPI's RAG for the partner after its measurements changed, in the caller's transaction (every
     * writer of a measurement calls it: an entry, a correction, a derivation).
     */
    public void follow(String kpiCode, UUID partnerId) {
        KpiDefinition kpi = definitions.byCode(kpiCode).orElse(null);
        if (kpi == null) {
            return;
        }
        // locked before the measurements are read: of two writers of one KPI and partner (a consumer and a
        // person), the second sees the first's committed measurement, so the status ends with the true latest two
        KpiStatus status = statuses.lockedOf(kpiCode, partnerId);
        List<MeasuredValue> lastTwo = measurements.lastTwo(kpiCode, partnerId);
        if (lastTwo.isEmpty()) {
            return;
        }
        MeasuredValue current = lastTwo.get(0);
        MeasuredValue previous = lastTwo.size() > 1 ? lastTwo.get(1) : null;
        Optional<RagEvaluator.Evaluation> evaluation = evaluator.evaluate(kpi, partnerId, current.period(),
                current.value());
        Rag rag = evaluation.map(RagEvaluator.Evaluation::rag).orElse(null);
        KpiStatus.LatestValues latest = new KpiStatus.LatestValues(current.period(), current.value(),
                previous == null ? null : previous.period(), previous == null ? null : previous.value());
        switch (status.update(rag, latest, clock.instant())) {
            case BREACHED -> outbox.publish(KpiEvents.TOPIC, KpiEvents.BREACHED, KpiEvents.AGGREGATE, partnerId,
                    new KpiBreached(partnerId, kpiCode, kpi.category().name(), current.period().toString(),
                            current.value(), target(evaluation), Rag.RED.name()));
            case RECOVERED -> outbox.publish(KpiEvents.TOPIC, KpiEvents.RECOVERED, KpiEvents.AGGREGATE, partnerId,
                    new KpiRecovered(partnerId, kpiCode, kpi.category().name(), current.period().toString(),
                            current.value(), target(evaluation), rag == null ? null : rag.name()));
            case NONE -> {
            }
        }
    }

    private static BigDecimal target(Optional<RagEvaluator.Evaluation> evaluation) {
        return evaluation.map(RagEvaluator.Evaluation::target).orElse(null);
    }
}
