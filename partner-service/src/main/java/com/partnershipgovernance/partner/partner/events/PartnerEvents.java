package com.partnershipgovernance.partner.partner.events;

/** The topic and short types of partner-service's events (EVENTS.md, {@code partner.events.v1}). */
public final class PartnerEvents {

    public static final String TOPIC = "partner.events.v1";
    public static final String AGGREGATE = "Partner";
    public static final String REGISTERED = "partner.registered";
    public static final String UPDATED = "partner.updated";
    public static final String QUALIFICATION_CHANGED = "partner.qualification-changed";

    private PartnerEvents() {
    }
}
