package com.partnershipgovernance.risk.register.events;

/** The topic and short types of risk-service's events (EVENTS.md, {@code risk.events.v1}). */
public final class RiskEvents {

    public static final String TOPIC = "risk.events.v1";
    public static final String AGGREGATE = "Risk";
    public static final String RAISED = "risk.raised";
    public static final String RESCORED = "risk.rescored";

    private RiskEvents() {
    }
}
