package com.partnershipgovernance.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures of a run and prints them, each service figure beside pgbench's ceiling and the target. */
final class Report {

    static final String WRITE = "report a deviation (POST /deviations)";
    static final String READ = "read a deviation (GET /deviations/{id})";
    static final String PARTNER_DASHBOARD = "partner dashboard (GET /dashboards/partners/{id})";
    static final String PORTFOLIO_DASHBOARD = "portfolio dashboard (GET /dashboards/portfolio)";

    private record Measured(Scenario scenario, ClosedLoop.Throughput saturation, LatencySummary latency,
                            ProcessCpu.Sample cpu) {
    }

    private List<BenchPlatform.Startup> firstStartups = List.of();
    private List<BenchPlatform.Startup> restarts = List.of();
    private Map<String, Long> rssAfterLoad = Map.of();
    private final Map<String, Measured> scenarios = new LinkedHashMap<>();
    private String generated = "";
    private LatencySummary lagSending;
    private EventLag.Result lag;
    private double pgbenchWrites = Double.NaN;
    private double pgbenchSelects = Double.NaN;

    void firstStartups(List<BenchPlatform.Startup> startups) {
        this.firstStartups = startups;
    }

    void restarts(List<BenchPlatform.Startup> startups) {
        this.restarts = startups;
    }

    void rssAfterLoad(Map<String, Long> rss) {
        this.rssAfterLoad = rss;
    }

    void generated(Portfolio.Size size, Duration took) {
        generated = "%d partners (%d with an executed MSA and a SOW), %d KPIs x %d monthly periods = %,d measurements,"
                .formatted(size.partners(), size.partnersWithSow(), size.kpis(), size.periods(),
                        size.partners() * size.kpis() * size.periods())
                + " generated through the REST APIs in %.0f s".formatted(took.toMillis() / 1000.0);
    }

    void scenario(Scenario scenario, ClosedLoop.Throughput saturation, LatencySummary latency,
                  ProcessCpu.Sample cpu) {
        scenarios.put(scenario.name(), new Measured(scenario, saturation, latency, cpu));
    }

    void eventLag(LatencySummary sending, EventLag.Result result) {
        this.lagSending = sending;
        this.lag = result;
    }

    void ceiling(double writes, double selects) {
        this.pgbenchWrites = writes;
        this.pgbenchSelects = selects;
    }

    String render(BenchmarkOptions options) {
        List<String> out = new ArrayList<>();
        out.add("==== Partnership Governance benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadAverage() + ") ====");
        out.add("Portfolio: " + generated);
        out.add("Saturation: closed loop, %d connections, %d s after %d s warm-up. Latency: open loop at a fixed rate,"
                .formatted(options.connections(), options.duration().toSeconds(), options.warmUp().toSeconds())
                + " measured from the intended send time (coordinated omission corrected), HdrHistogram.");
        out.add("");
        out.add(String.format(Locale.ROOT, "%-50s %10s %8s %10s %9s %9s %9s %9s %7s", "request", "req/s sat",
                "errors", "fixed r/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors"));
        scenarios.values().forEach(m -> out.add(String.format(Locale.ROOT,
                "%-50s %10.1f %8d %10.1f %9.2f %9.2f %9.2f %9.2f %7d", m.scenario().name(),
                m.saturation().requestsPerSecond(), m.saturation().errors(), m.scenario().rate(), m.latency().p50(),
                m.latency().p99(), m.latency().p999(), m.latency().max(), m.latency().errors())));
        out.add("");
        out.add("CPU per answered request at saturation, ms (user + system from /proc, busiest first):");
        scenarios.values().forEach(m -> out.add("  " + m.scenario().name() + ": " + cpuPerRequest(m)));
        out.add("");
        out.add("Machine ceiling (pgbench, %d clients, prepared statements, same PostgreSQL):"
                .formatted(options.connections()));
        out.add(String.format(Locale.ROOT, "  report-a-deviation transaction (its logged statements): %10.1f tps",
                pgbenchWrites));
        out.add(String.format(Locale.ROOT, "  primary-key select (pgbench -S, scale 1):             %10.1f tps",
                pgbenchSelects));
        out.add(ratio("  writes / pgbench write transaction", WRITE, pgbenchWrites, 0.40));
        out.add(ratio("  reads by id / pgbench select-only ", READ, pgbenchSelects, 0.20));
        for (String dashboard : List.of(PARTNER_DASHBOARD, PORTFOLIO_DASHBOARD)) {
            Measured m = scenarios.get(dashboard);
            if (m != null) {
                out.add(String.format(Locale.ROOT, "  %-36s p99 %8.2f ms  (target < 50 ms: %s)", dashboard
                        .substring(0, dashboard.indexOf(" (")), m.latency().p99(), verdict(m.latency().p99() < 50)));
            }
        }
        out.add("");
        if (lag != null) {
            out.add(String.format(Locale.ROOT, "Event lag, deviation.reported committed in agreement-service -> "
                    + "processed by risk-service, %.0f events/s for %d s:", options.lagRate(),
                    options.lagDuration().toSeconds()));
            out.add(String.format(Locale.ROOT, "  %d events, %d not processed within 2 min; p50 %.2f ms, p99 %.2f ms, "
                    + "max %.2f ms  (target p99 < 100 ms: %s)", lag.produced(), lag.missing(), lag.lag().p50(),
                    lag.lag().p99(), lag.lag().max(), verdict(lag.lag().p99() < 100 && lag.missing() == 0)));
            out.add(String.format(Locale.ROOT, "  of which commit -> published by the outbox relay: p50 %.2f ms, p99 %.2f ms;"
                    + " published -> processed: p50 %.2f ms, p99 %.2f ms", lag.relay().p50(), lag.relay().p99(),
                    lag.consumer().p50(), lag.consumer().p99()));
            out.add(String.format(Locale.ROOT, "  (the writes meanwhile: p50 %.2f ms, p99 %.2f ms, %d errors)",
                    lagSending.p50(), lagSending.p99(), lagSending.errors()));
            out.add("");
        }
        out.add("Start-up to ready (each service alone) and memory (VmRSS):");
        out.add(String.format(Locale.ROOT, "  %-18s %16s %16s %14s %16s", "service", "first start (s)", "restart (s)",
                "RSS ready MB", "RSS after load MB"));
        for (int i = 0; i < firstStartups.size(); i++) {
            BenchPlatform.Startup first = firstStartups.get(i);
            BenchPlatform.Startup again = i < restarts.size() ? restarts.get(i) : null;
            double ready = again == null ? first.toReady().toMillis() / 1000.0 : again.toReady().toMillis() / 1000.0;
            long rssReady = again == null ? first.rssKb() : again.rssKb();
            long rssLoaded = rssAfterLoad.getOrDefault(first.service(), -1L);
            // the target reads "ready < 4 s alone with RSS < 300 MB": judged at ready; after load told apart
            out.add(String.format(Locale.ROOT, "  %-18s %16.2f %16.2f %14d %16d  (ready < 4 s: %s; RSS at ready "
                            + "< 300 MB: %s; after load %s 300 MB)", first.service(), first.toReady().toMillis() / 1000.0,
                    ready, rssReady / 1024, rssLoaded / 1024, verdict(ready < 4), verdict(rssReady < 300 * 1024),
                    rssLoaded < 300 * 1024 ? "under" : "OVER"));
        }
        out.add(restarts.isEmpty() ? "  (not restarted (--no-restarts): the first starts, with migrations, are judged)"
                : "  (first start runs the Flyway migrations on empty databases; restart is the figure for the target)");
        return String.join(System.lineSeparator(), out) + System.lineSeparator();
    }

    private String ratio(String label, String scenario, double ceiling, double target) {
        Measured m = scenarios.get(scenario);
        if (m == null) {
            return label + ": not measured";
        }
        double ratio = m.saturation().requestsPerSecond() / ceiling;
        return String.format(Locale.ROOT, "%s: %7.1f / %7.1f = %5.1f%%  (target >= %.0f%%: %s)", label,
                m.saturation().requestsPerSecond(), ceiling, ratio * 100, target * 100, verdict(ratio >= target));
    }

    private static String cpuPerRequest(Measured m) {
        long answered = m.saturation().answered();
        if (answered == 0) {
            return "no answers";
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        m.cpu().seconds().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> ms.put(e.getKey(), e.getValue() * 1000 / answered));
        double total = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> parts = new ArrayList<>();
        ms.forEach((group, each) -> parts.add(String.format(Locale.ROOT, "%s %.2f", group, each)));
        return String.join(", ", parts) + String.format(Locale.ROOT, "; total %.2f", total);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
