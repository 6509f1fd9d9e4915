package com.partnershipgovernance.agreement.lifecycle;

/**
 * One agreement kind's part of the expiry job: expires its in-force versions whose end has passed, each
 * announced with {@code agreement.status-changed}. Runs in the job's transaction.
 */
public interface AgreementExpiry {

    /** Expires what is due by the clock's today; returns how many versions expired. */
    int expireDue();
}
