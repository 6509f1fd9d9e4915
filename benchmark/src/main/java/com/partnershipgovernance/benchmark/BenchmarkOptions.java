package com.partnershipgovernance.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The command line of {@code deploy/bench}.
 *
 * @param dataDir       where the benchmark's PostgreSQL, Kafka and logs live (emptied at start)
 * @param pgbench       the pgbench binary
 * @param size          the portfolio to generate
 * @param connections   concurrent clients of the closed-loop (saturation) runs and of pgbench
 * @param warmUp        closed-loop warm-up before each scenario
 * @param duration      each measured run
 * @param writeRate     open-loop rate of the write, per second
 * @param readRate      open-loop rate of the read by id
 * @param dashboardRate open-loop rate of the partner dashboard
 * @param portfolioRate open-loop rate of the portfolio dashboard
 * @param lagRate       deviations per second while the event lag is measured
 * @param lagDuration   how long the event lag is measured
 * @param restarts      restart each service alone at the end (the start-up figure without migrations)
 * @param serviceJavaOptions JVM options added after the launcher's own for each service (the last one wins)
 * @param help          print the usage and stop
 */
record BenchmarkOptions(Path dataDir, Path pgbench, Portfolio.Size size, int connections, Duration warmUp,
                        Duration duration, double writeRate, double readRate, double dashboardRate,
                        double portfolioRate, double lagRate, Duration lagDuration, boolean restarts,
                        List<String> serviceJavaOptions, boolean help) {

    static String usage(Path defaultDataDir) {
        return """
                Usage: deploy/bench [options]
                  Starts PostgreSQL, Kafka and the four services (each alone, timed), generates a portfolio through
                  the REST APIs, then prints throughput at saturation, latency percentiles at fixed rates, event
                  lag, start-up times and memory, and pgbench's ceiling on the same PostgreSQL. Takes ~10 minutes.

                Options (defaults in brackets):
                  --data-dir DIR         emptied and used for this run [%s]
                  --pgbench PATH         pgbench binary [/usr/bin/pgbench]
                  --partners N           partners [200]      --kpis N     KPIs [10]
                  --periods N            monthly periods of measurements [24]
                  --sow-partners N       partners with an MSA and a SOW, under which deviations are reported [20]
                  --connections N        clients of the saturation runs and of pgbench [8]
                  --warm-up SECONDS      warm-up before each scenario [10]
                  --duration SECONDS     each measured run [20]
                  --write-rate R         deviations reported per second, fixed-rate run [50]
                  --read-rate R          reads by id per second [100]
                  --dashboard-rate R     partner dashboards per second [50]
                  --portfolio-rate R     portfolio dashboards per second [5]
                  --lag-rate R           deviations per second while measuring event lag [200]
                  --lag-seconds S        how long [10]
                  --no-restarts          skip restarting each service at the end (first starts only)
                  --service-java-options "OPTS"  JVM options added to each service's; {service} is replaced by
                                         its name (e.g. -XX:StartFlightRecording=filename=/tmp/{service}.jfr)
                  --help                 this text
                """.formatted(defaultDataDir);
    }

    /** @throws IllegalArgumentException naming the bad option */
    static BenchmarkOptions parse(String[] args, Path defaultDataDir) {
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        Path dataDir = defaultDataDir;
        Path pgbench = Path.of("/usr/bin/pgbench");
        int partners = 200;
        int kpis = 10;
        int periods = 24;
        int sowPartners = 20;
        int connections = 8;
        int warmUp = 10;
        int duration = 20;
        double writeRate = 50;
        double readRate = 100;
        double dashboardRate = 50;
        double portfolioRate = 5;
        double lagRate = 200;
        int lagSeconds = 10;
        boolean restarts = true;
        List<String> serviceJavaOptions = List.of();
        boolean help = false;
        while (!rest.isEmpty()) {
            String option = rest.pop();
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--no-restarts" -> restarts = false;
                case "--data-dir" -> dataDir = Path.of(value(option, rest)).toAbsolutePath();
                case "--pgbench" -> pgbench = Path.of(value(option, rest));
                case "--partners" -> partners = positiveInt(option, rest);
                case "--kpis" -> kpis = positiveInt(option, rest);
                case "--periods" -> periods = positiveInt(option, rest);
                case "--sow-partners" -> sowPartners = positiveInt(option, rest);
                case "--connections" -> connections = positiveInt(option, rest);
                case "--warm-up" -> warmUp = positiveInt(option, rest);
                case "--duration" -> duration = positiveInt(option, rest);
                case "--write-rate" -> writeRate = positiveRate(option, rest);
                case "--read-rate" -> readRate = positiveRate(option, rest);
                case "--dashboard-rate" -> dashboardRate = positiveRate(option, rest);
                case "--portfolio-rate" -> portfolioRate = positiveRate(option, rest);
                case "--lag-rate" -> lagRate = positiveRate(option, rest);
                case "--lag-seconds" -> lagSeconds = positiveInt(option, rest);
                case "--service-java-options" -> serviceJavaOptions = List.of(value(option, rest).trim().split("\\s+"));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (sowPartners > partners) {
            throw new IllegalArgumentException("--sow-partners (" + sowPartners + ") must not exceed --partners ("
                    + partners + ")");
        }
        return new BenchmarkOptions(dataDir, pgbench, new Portfolio.Size(partners, kpis, periods, sowPartners),
                connections, Duration.ofSeconds(warmUp), Duration.ofSeconds(duration), writeRate, readRate,
                dashboardRate, portfolioRate, lagRate, Duration.ofSeconds(lagSeconds), restarts,
                serviceJavaOptions, help);
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.pop();
    }

    private static int positiveInt(String option, Deque<String> rest) {
        String v = value(option, rest);
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, not " + v);
    }

    private static double positiveRate(String option, Deque<String> rest) {
        String v = value(option, rest);
        try {
            double r = Double.parseDouble(v);
            if (r > 0 && Double.isFinite(r)) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive number per second, not " + v);
    }
}
