package com.partnershipgovernance.agreement.batch.domain;

/** Whether a manufactured batch was released for use, rejected, or is still waiting for the decision. */
public enum Disposition {
    PENDING, RELEASED, REJECTED
}
