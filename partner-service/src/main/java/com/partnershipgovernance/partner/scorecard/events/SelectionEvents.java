package com.partnershipgovernance.partner.scorecard.events;

/** The short types of the selection's events, published on {@code partner.events.v1} (EVENTS.md). */
public final class SelectionEvents {

    /** A selection decision was signed; keyed by the chosen partner. */
    public static final String SELECTED = "partner.selected";

    private SelectionEvents() {
    }
}
