package com.partnershipgovernance.partner.audit.events;

/** Topic and short type of the sponsor-audit events (EVENTS.md, {@code partner.events.v1}). */
public final class AuditEvents {

    public static final String TOPIC = "partner.events.v1";
    /** The events are about the audited partner: its id is the Kafka key, so its events keep their order. */
    public static final String AGGREGATE = "Partner";
    public static final String CLOSED = "partner.audit-closed";

    private AuditEvents() {
    }
}
