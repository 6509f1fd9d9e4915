package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

/**
 * The tests of an agreement kind's expiry and periodic reviews: they run the expiry job on a test clock moved
 * forward, which is put back after each test, and record what the service announced.
 */
public abstract class ExpiresAgreements extends RecordsAgreementEvents {

    @Inject
    protected AgreementExpiryJob expiryJob;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }
}
