package com.partnershipgovernance.agreement.milestone.domain;

/** The outcome of a go/no-go decision point (EVENTS.md {@code decision}). */
public enum GoNoGo {
    GO, NO_GO, GO_WITH_CONDITIONS
}
