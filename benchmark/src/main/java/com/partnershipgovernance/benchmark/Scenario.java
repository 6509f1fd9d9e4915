package com.partnershipgovernance.benchmark;

import java.util.function.Supplier;

/**
 * One request type under test.
 *
 * @param name     as printed
 * @param requests the next request (a fresh id, partner or idempotency key each time)
 * @param expected the status of a successful answer
 * @param rate     the fixed rate of the latency run, per second
 */
record Scenario(String name, Supplier<Call> requests, int expected, double rate) {
}
