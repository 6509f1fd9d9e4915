package com.partnershipgovernance.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The generated portfolio, built only through the services' REST APIs: partners registered and qualified
 * in partner-service (and learnt by the other services from its events), an executed MSA and a SOW for
 * some of them in agreement-service (a deviation needs a SOW), and KPIs with two years of monthly
 * measurements per partner imported in bulk into kpi-service.
 *
 * @param partners every partner's id
 * @param sows     partner id and SOW id of the partners that have a SOW
 * @param kpiCodes the KPIs generated
 */
record Portfolio(List<UUID> partners, List<PartnerSow> sows, List<String> kpiCodes) {

    /** A partner and one of its SOWs, under which deviations are reported. */
    record PartnerSow(UUID partner, UUID sow) {
    }

    /** What to generate. */
    record Size(int partners, int kpis, int periods, int partnersWithSow) {
    }

    private static final Duration PROPAGATION_TIMEOUT = Duration.ofMinutes(3);
    private static final int PARALLELISM = 4;

    /** Builds the portfolio; {@code urls} maps a service name to its base URL. */
    static Portfolio generate(Size size, Rest rest, Function<String, String> urls, Random random) {
        String partnerUrl = urls.apply("partner-service");
        String agreementUrl = urls.apply("agreement-service");
        String kpiUrl = urls.apply("kpi-service");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);

        List<UUID> partners = parallel(IntStream.range(0, size.partners()).boxed().toList(), i -> {
            UUID id = UUID.fromString(rest.post(partnerUrl + "/partners", """
                    {"legalName":"Bench %s Biologics %03d","type":"%s"}""".formatted(run, i, i % 3 == 0 ? "CRO" : "CDMO"),
                    null, 201).id());
            if (i < size.partnersWithSow()) {
                String qualification = partnerUrl + "/partners/" + id + "/qualification";
                rest.post(qualification, """
                        {"to":"UNDER_EVALUATION","reason":"RFP answered"}""", "\"0\"", 200);
                rest.post(qualification, """
                        {"to":"QUALIFIED","reason":"Qualification audit passed","signature":{"meaning":"APPROVAL"}}""",
                        "\"1\"", 200);
            }
            return id;
        });
        awaitKnown(rest, kpiUrl, partners, null);
        awaitKnown(rest, agreementUrl, partners.subList(0, size.partnersWithSow()), "QUALIFIED");

        List<PartnerSow> sows = parallel(partners.subList(0, size.partnersWithSow()),
                partner -> new PartnerSow(partner, sow(rest, agreementUrl, partner)));

        List<String> kpis = IntStream.rangeClosed(1, size.kpis()).mapToObj(k -> "BENCH_%s_KPI_%02d".formatted(run, k))
                .toList();
        for (int k = 0; k < kpis.size(); k++) {
            defineKpi(rest, kpiUrl, kpis.get(k), k);
        }
        List<Integer> indexes = IntStream.range(0, partners.size()).boxed().toList();
        parallel(indexes, i -> {
            importMeasurements(rest, kpiUrl, partners.get(i), kpis, size.periods(), new Random(random.nextLong() + i));
            return i;
        });
        return new Portfolio(partners, sows, kpis);
    }

    private static UUID sow(Rest rest, String agreementUrl, UUID partner) {
        LocalDate today = LocalDate.now();
        String msa = rest.post(agreementUrl + "/msas", """
                {"partnerId":"%s","title":"Master services agreement for biologics manufacturing",
                 "effectiveOn":"%s","expiresOn":"%s","governingLaw":"England and Wales",
                 "paymentTerms":{"days":45,"currency":"EUR"},"liabilityCap":{"amount":"5000000.00","currency":"EUR"},
                 "reviewOn":"%s","documents":[{"title":"MSA draft 1","uri":"https://dms.example.com/contracts/msa-1.pdf",
                 "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}"""
                .formatted(partner, today, today.plusYears(5), today.plusYears(1)), null, 201).id();
        String status = agreementUrl + "/msas/" + msa + "/status";
        rest.post(status, """
                {"to":"IN_REVIEW","reason":"Ready for review"}""", etag(rest, agreementUrl + "/msas/" + msa), 200);
        rest.post(status, """
                {"to":"APPROVED","reason":"Terms agreed","signature":{"meaning":"APPROVAL"}}""",
                etag(rest, agreementUrl + "/msas/" + msa), 200);
        rest.post(status, """
                {"to":"EXECUTED","reason":"Signed by both parties","signature":{"meaning":"APPROVAL"}}""",
                etag(rest, agreementUrl + "/msas/" + msa), 200);
        return UUID.fromString(rest.post(agreementUrl + "/sows", """
                {"msaId":"%s","kind":"MANUFACTURING","title":"GMP manufacture of three PPQ batches",
                 "activities":["Tech transfer","PPQ campaign"],
                 "deliverables":[{"name":"Master batch record","responsibility":"PARTNER"}],
                 "timeline":{"startOn":"%s","endOn":"%s"},"budget":{"amount":"250000.00","currency":"EUR"}}"""
                .formatted(msa, today.minusMonths(1), today.plusYears(1)), null, 201).id());
    }

    private static String etag(Rest rest, String url) {
        Rest.Answer a = rest.get(url);
        if (a.status() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + a.status() + ": " + a.body());
        }
        return a.etag();
    }

    private static void defineKpi(Rest rest, String kpiUrl, String code, int k) {
        String[] categories = {"PERFORMANCE", "QUALITY", "RESPONSIVENESS", "COST"};
        boolean higherIsBetter = k % 2 == 0;
        rest.post(kpiUrl + "/kpi-definitions", """
                {"code":"%s","name":"Benchmark KPI %d","unit":"%%","category":"%s","direction":"%s",
                 "aggregation":"RATE","periodicity":"MONTHLY","source":"MANUAL"}"""
                .formatted(code, k + 1, categories[k % categories.length],
                        higherIsBetter ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER"), null, 201);
        rest.post(kpiUrl + "/kpi-definitions/" + code + "/thresholds", """
                {"target":%d,"greenThreshold":%d,"redThreshold":%d,"validFrom":"%s"}"""
                .formatted(higherIsBetter ? 95 : 5, higherIsBetter ? 90 : 10, higherIsBetter ? 80 : 20,
                        YearMonth.now().minusYears(3).atDay(1)), null, 201);
    }

    private static void importMeasurements(Rest rest, String kpiUrl, UUID partner, List<String> kpis, int periods,
                                           Random random) {
        YearMonth latest = YearMonth.now();
        for (String kpi : kpis) {
            // one import per KPI keeps each transaction short on a loaded machine
            List<String> rows = new ArrayList<>();
            for (int p = periods - 1; p >= 0; p--) {
                rows.add(String.format(Locale.ROOT, """
                        {"kpiCode":"%s","partnerId":"%s","period":"%s","value":%.1f,"source":"INTEGRATION"}""",
                        kpi, partner, latest.minusMonths(p), random.nextDouble() * 100));
            }
            rest.post(kpiUrl + "/measurements/import", "{\"measurements\":[" + String.join(",", rows) + "]}", null,
                    201);
        }
    }

    /** Waits until the service at {@code url} knows every partner (with {@code status}, if given) from the events. */
    private static void awaitKnown(Rest rest, String url, List<UUID> partners, String status) {
        Instant deadline = Instant.now().plus(PROPAGATION_TIMEOUT);
        List<UUID> waiting = new ArrayList<>(partners);
        while (!waiting.isEmpty()) {
            waiting.removeIf(id -> {
                Rest.Answer a = rest.get(url + "/partners/" + id);
                return a.status() == 200 && (status == null || a.body().contains("\"" + status + "\""));
            });
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(url + " did not learn of " + waiting.size() + " partners within "
                        + PROPAGATION_TIMEOUT.toMinutes() + " min (e.g. " + waiting.get(0) + ")");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** {@code work} on each item, a few at a time; the results in the items' order. */
    static <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
            List<R> results = new ArrayList<>(futures.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return Collections.unmodifiableList(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
