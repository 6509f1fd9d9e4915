package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.EventInbox;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.risk.rules.RiskRules;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the rules to the events of other services, each event once: deviation-risk to {@code deviation.reported}
 * and {@code deviation.classified} and deviation-closure-proposal to {@code deviation.closed} (from
 * {@code agreement.deviations.v1}), missed-milestone-risk to {@code milestone.missed} (from
 * {@code agreement.milestones.v1}) and kpi-breach-evidence to {@code kpi.breached} (from {@code kpi.events.v1}).
 */
@ApplicationScoped
public class RuleEventsConsumer {

    static final String DEVIATIONS = "deviation-events";
    static final String MILESTONES = "milestone-events";
    static final String KPIS = "kpi-events";

    @Inject
    EventInbox inbox;

    @Inject
    RiskRules rules;

    private final EventHandlers deviationHandlers = EventHandlers.create()
            .on(RuleEvents.DEVIATION_REPORTED, this::onDeviation)
            .on(RuleEvents.DEVIATION_CLASSIFIED, this::onDeviation)
            .on(RuleEvents.DEVIATION_CLOSED, this::onDeviationClosed);

    private final EventHandlers milestoneHandlers = EventHandlers.create()
            .on(RuleEvents.MILESTONE_MISSED, this::onMilestoneMissed);

    private final EventHandlers kpiHandlers = EventHandlers.create().on(RuleEvents.KPI_BREACHED, this::onKpiBreached);

    @Incoming(DEVIATIONS)
    @Blocking
    public void consumeDeviation(ConsumerRecord<String, String> record) {
        inbox.receive(DEVIATIONS, record, deviationHandlers);
    }

    @Incoming(MILESTONES)
    @Blocking
    public void consumeMilestone(ConsumerRecord<String, String> record) {
        inbox.receive(MILESTONES, record, milestoneHandlers);
    }

    @Incoming(KPIS)
    @Blocking
    public void consumeKpi(ConsumerRecord<String, String> record) {
        inbox.receive(KPIS, record, kpiHandlers);
    }

    private void onDeviation(InboundEvent event) {
        rules.onDeviationReported(event.dataAs(RuleEvents.DeviationEvent.class).toFacts(), RiskRules.Cause.of(event));
    }

    private void onDeviationClosed(InboundEvent event) {
        rules.onDeviationClosed(event.dataAs(RuleEvents.DeviationClosed.class).toFacts(), RiskRules.Cause.of(event));
    }

    private void onMilestoneMissed(InboundEvent event) {
        rules.onMilestoneMissed(event.dataAs(RuleEvents.MilestoneMissed.class).toFacts(), RiskRules.Cause.of(event));
    }

    private void onKpiBreached(InboundEvent event) {
        rules.onKpiBreached(event.dataAs(RuleEvents.KpiBreached.class).toFacts(), RiskRules.Cause.of(event));
    }
}
