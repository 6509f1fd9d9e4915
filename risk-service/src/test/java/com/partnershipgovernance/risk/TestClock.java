package com.partnershipgovernance.risk;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real UTC time, moved forward by a test that needs a due date to pass
 * (overdue reviews and actions) and moved back after each test ({@link BackToRealTime}). It replaces the
 * platform's default clock.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the service's time {@code days} days ahead of the real time. */
    public void advanceDays(long days) {
        offset = offset.plusDays(days);
    }

    /** Back to real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Puts the service's clock back to real time after every test, so no test leaves it moved for the next. */
    public static class BackToRealTime implements QuarkusTestAfterEachCallback {

        @Override
        public void afterEach(QuarkusTestMethodContext context) {
            Arc.container().instance(TestClock.class).get().reset();
        }
    }
}
