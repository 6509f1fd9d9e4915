package com.partnershipgovernance.agreement.change.events;

/**
 * The topic and short type of change request events (EVENTS.md, {@code agreement.events.v1}). Kafka key and
 * {@code ce_subject} = the change request id, so that one change request's moves stay in order.
 */
public final class ChangeRequestEvents {

    public static final String TOPIC = "agreement.events.v1";
    public static final String AGGREGATE = "ChangeRequest";
    public static final String STATUS_CHANGED = "change-request.status-changed";

    private ChangeRequestEvents() {
    }
}
