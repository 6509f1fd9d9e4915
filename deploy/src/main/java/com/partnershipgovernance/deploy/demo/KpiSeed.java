package com.partnershipgovernance.deploy.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year of monthly KPI measurements on kpi-service for every contracted partner, imported as a
 * partner-reporting integration would, against portfolio thresholds set by quality: some partners improve,
 * some hold steady, some deteriorate until they breach (kpi-service then reports the breach and
 * risk-service takes it as evidence).
 */
final class KpiSeed {

    /** A KPI measured monthly: how good and how bad it gets, and its RAG thresholds. */
    private record Kpi(String code, String name, String unit, String category, String direction,
                       String aggregation, double good, double bad, double target, double green, double red,
                       boolean predefined) {
    }

    /** How a partner's KPIs move over the year: badness (0 best, 1 worst) at the first and last month. */
    enum Trend {
        STABLE(0.15, 0.15), IMPROVING(0.75, 0.1), DETERIORATING(0.1, 0.7), BREACHING(0.3, 1.0),
        STABLE_AMBER(0.45, 0.5);

        private final double first;
        private final double last;

        Trend(double first, double last) {
            this.first = first;
            this.last = last;
        }
    }

    private static final List<Kpi> KPIS = List.of(
            new Kpi("QUERY_RESPONSE_TIME", "Query response time", "hours", "RESPONSIVENESS", "LOWER_IS_BETTER",
                    "MEAN", 10, 70, 24, 24, 48, true),
            new Kpi("ON_TIME_IN_FULL_DELIVERY", "On-time in-full delivery", "%", "PERFORMANCE", "HIGHER_IS_BETTER",
                    "RATE", 99.5, 76, 98, 95, 85, false),
            new Kpi("SPONSOR_SATISFACTION", "Sponsor satisfaction score", "score (1-10)", "PERFORMANCE",
                    "HIGHER_IS_BETTER", "MEAN", 9.2, 4.8, 8, 7.5, 6, false));

    static final Map<String, Trend> TRENDS = Map.of(
            "rhinebridge", Trend.STABLE, "lyon-cell", Trend.IMPROVING, "cambridge-vector", Trend.DETERIORATING,
            "basel-synthesis", Trend.STABLE, "deccan-fine", Trend.BREACHING, "northstar", Trend.BREACHING,
            "kyoto-analytical", Trend.IMPROVING, "liffey-fill", Trend.STABLE_AMBER);

    static final int MONTHS = 12;

    private final DemoClient client;
    private final URI kpiService;
    private final DemoTeam team;

    KpiSeed(DemoClient client, URI kpiService, DemoTeam team) {
        this.client = client;
        this.kpiService = kpiService;
        this.team = team;
    }

    /**
     * Defines the entered KPIs the platform does not ship and sets their portfolio thresholds; the shipped KPIs
     * (derived ones included) read against the portfolio defaults kpi-service ships.
     */
    void defineKpis() {
        for (Kpi kpi : KPIS.stream().filter(k -> !k.predefined()).toList()) {
            define(kpi);
            Map<String, Object> thresholds = new LinkedHashMap<>();
            thresholds.put("target", kpi.target());
            thresholds.put("greenThreshold", kpi.green());
            thresholds.put("redThreshold", kpi.red());
            thresholds.put("validFrom", YearMonth.now().minusMonths(MONTHS).atDay(1).toString());
            thresholds.put("comment", "Portfolio default agreed at the steering committee");
            client.create(kpiService.resolve("/kpi-definitions/" + kpi.code() + "/thresholds"), team.quality(),
                    thresholds);
        }
    }

    /** Imports the year of measurements of the entered KPIs; answers how many. */
    int importYear(Map<String, String> partnerIds) {
        YearMonth first = YearMonth.now().minusMonths(MONTHS);
        int measurements = 0;
        for (Map.Entry<String, Trend> entry : TRENDS.entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Kpi kpi : KPIS) {
                for (int month = 0; month < MONTHS; month++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kpiCode", kpi.code());
                    row.put("partnerId", partnerIds.get(entry.getKey()));
                    row.put("period", first.plusMonths(month).toString());
                    row.put("value", value(kpi, entry.getValue(), month, entry.getKey().hashCode()));
                    row.put("source", "INTEGRATION");
                    row.put("comment", "Monthly partner performance report");
                    rows.add(row);
                }
            }
            client.create(kpiService.resolve("/measurements/import"), team.supplyChain(), Map.of("measurements", rows));
            measurements += rows.size();
        }
        return measurements;
    }

    private void define(Kpi kpi) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("code", kpi.code());
        definition.put("name", kpi.name());
        definition.put("description", kpi.name() + ", reported monthly by the partner");
        definition.put("unit", kpi.unit());
        definition.put("category", kpi.category());
        definition.put("direction", kpi.direction());
        definition.put("aggregation", kpi.aggregation());
        definition.put("periodicity", "MONTHLY");
        definition.put("source", "MANUAL");
        client.create(kpiService.resolve("/kpi-definitions"), team.quality(), definition);
    }

    /** The trend's value in {@code month}, with a small wobble so that the lines look measured. */
    private static BigDecimal value(Kpi kpi, Trend trend, int month, int seed) {
        double badness = trend.first + (trend.last - trend.first) * month / (MONTHS - 1);
        double wobble = Math.sin(month * 1.7 + seed % 7) * 0.04;
        badness = Math.max(0, Math.min(1, badness + wobble));
        double value = kpi.good() + (kpi.bad() - kpi.good()) * badness;
        return BigDecimal.valueOf(value).setScale(kpi.aggregation().equals("RATE") ? 1 : 2, RoundingMode.HALF_UP);
    }
}
