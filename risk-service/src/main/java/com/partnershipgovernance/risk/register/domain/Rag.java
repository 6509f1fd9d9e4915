package com.partnershipgovernance.risk.register.domain;

/** Red, amber or green: how urgent a risk is, from its score and the configured bands. */
public enum Rag {
    GREEN, AMBER, RED
}
