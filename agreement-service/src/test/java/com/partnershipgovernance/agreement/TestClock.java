package com.partnershipgovernance.agreement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time, shifted by what a test asks for (e.g. to the day after an
 * agreement's expiry). Replaces the platform's default {@code Clock} bean in every {@link QuarkusTest}.
 * A test that shifts it resets it in a {@code finally}.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();

    private volatile Duration offset = Duration.ZERO;

    private TestClock() {
    }

    /** Moves the service's time {@code by} ahead of real time (until {@link #reset()}). */
    public static void shift(Duration by) {
        INSTANCE.offset = by;
    }

    public static void reset() {
        INSTANCE.offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Makes the test clock the service's {@code Clock} bean. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return INSTANCE;
        }
    }
}
