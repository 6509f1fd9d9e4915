package com.partnershipgovernance.benchmark;

import org.HdrHistogram.Histogram;

/**
 * Latencies of one measured run in milliseconds: how many, the percentiles the README reports, and how
 * many answers were not the expected status.
 *
 * @param count  responses recorded
 * @param errors responses with an unexpected status or no response at all
 * @param p50    median, ms
 * @param p99    99th percentile, ms
 * @param p999   99.9th percentile, ms
 * @param max    slowest, ms
 */
public record LatencySummary(long count, long errors, double p50, double p99, double p999, double max) {

    /** Summarises a histogram recorded in microseconds. */
    public static LatencySummary of(Histogram micros, long errors) {
        return new LatencySummary(micros.getTotalCount(), errors, millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(99)), millis(micros.getValueAtPercentile(99.9)),
                millis(micros.getMaxValue()));
    }

    /** An empty histogram for microsecond latencies up to an hour, three significant digits. */
    public static Histogram newHistogram() {
        return new Histogram(3_600_000_000L, 3);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
