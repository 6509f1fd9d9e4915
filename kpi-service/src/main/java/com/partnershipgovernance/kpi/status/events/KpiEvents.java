package com.partnershipgovernance.kpi.status.events;

/** Topic and short types of kpi-service's events (EVENTS.md, {@code kpi.events.v1}). */
public final class KpiEvents {

    public static final String TOPIC = "kpi.events.v1";
    /** The events are about a partner's KPIs: the partner id is the Kafka key, so its events keep their order. */
    public static final String AGGREGATE = "PartnerKpi";
    public static final String BREACHED = "kpi.breached";
    public static final String RECOVERED = "kpi.recovered";

    private KpiEvents() {
    }
}
