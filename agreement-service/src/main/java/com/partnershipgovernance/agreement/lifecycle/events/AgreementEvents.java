package com.partnershipgovernance.agreement.lifecycle.events;

/** The topic and short types of agreement lifecycle events (EVENTS.md, {@code agreement.events.v1}). */
public final class AgreementEvents {

    public static final String TOPIC = "agreement.events.v1";
    public static final String AGGREGATE = "Agreement";
    public static final String STATUS_CHANGED = "agreement.status-changed";

    private AgreementEvents() {
    }
}
