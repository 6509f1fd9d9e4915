package com.partnershipgovernance.kpi.measurement.api;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.kpi.measurement.domain.Measurement;
import com.partnershipgovernance.kpi.measurement.domain.MeasurementRepository;
import com.partnershipgovernance.kpi.threshold.RagEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds measurement views: the RAG and target in force, and the source events. */
@ApplicationScoped
class MeasurementViews {

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    MeasurementRepository measurements;

    @Inject
    RagEvaluator rag;

    MeasurementView of(Measurement m) {
        var evaluation = definitions.byCode(m.kpiCode())
                .flatMap(kpi -> rag.evaluate(kpi, m.partnerId(), m.period(), m.value()));
        var sources = measurements.sourcesOf(m.id()).stream()
                .map(s -> new MeasurementView.SourceEventView(s.eventId(), s.eventType(), s.linkedAt())).toList();
        return new MeasurementView(m.id(), m.kpiCode(), m.partnerId(), m.period().toString(), m.value(), m.source(),
                m.comment(), m.recordedBy(), m.recordedByName(), m.recordedAt(),
                evaluation.map(RagEvaluator.Evaluation::rag).orElse(null),
                evaluation.map(RagEvaluator.Evaluation::target).orElse(null), sources, m.version());
    }
}
