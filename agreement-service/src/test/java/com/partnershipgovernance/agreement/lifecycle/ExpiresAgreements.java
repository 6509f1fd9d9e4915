package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Runs the expiry job on an agreement's last day in force, {@code lastDay} days from now, where
     * {@code stillInForce} must hold; then on the day after, where it expires something once (a second run expires
     * nothing); then puts the clock back.
     */
    protected void runExpiryAround(int lastDay, Runnable stillInForce) {
        TestClock.shift(Duration.ofDays(lastDay));
        expiryJob.expireDue();
        stillInForce.run();
        TestClock.shift(Duration.ofDays(lastDay + 1));
        assertThat(expiryJob.expireDue()).isPositive();
        assertThat(expiryJob.expireDue()).isZero();
        TestClock.reset();
    }
}
