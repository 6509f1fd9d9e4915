package com.partnershipgovernance.agreement.deviation.events;

/**
 * The topic and short types of deviation events (EVENTS.md, {@code agreement.deviations.v1}). Kafka key and
 * {@code ce_subject} = the deviation id, so that one deviation's events (reported, classified, closed) stay in
 * order for the consumers.
 */
public final class DeviationEvents {

    public static final String TOPIC = "agreement.deviations.v1";
    public static final String AGGREGATE = "Deviation";
    public static final String REPORTED = "deviation.reported";
    public static final String CLASSIFIED = "deviation.classified";
    public static final String CLOSED = "deviation.closed";

    private DeviationEvents() {
    }
}
