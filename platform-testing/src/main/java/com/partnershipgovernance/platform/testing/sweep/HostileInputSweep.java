package com.partnershipgovernance.platform.testing.sweep;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Flow;
import java.util.function.Predicate;

/**
 * Sends generated hostile input to every operation of a running service's OpenAPI document and
 * reports what came back (see {@link SweepReport}). Probes are derived with a fixed seed, so a run
 * is reproducible. When a {@link DatabaseFingerprint} is given, the database is compared after each
 * operation's probes and around every probe a service may rightly accept: rejected requests must
 * leave it unchanged.
 */
public final class HostileInputSweep {

    private static final int HUGE_BODY_OPERATIONS = 4;
    /** Stands for the record's current ETag, read before the probe is sent, so probes reach validation. */
    static final String CURRENT_ETAG = "<current ETag>";

    private final URI baseUri;
    private final String service;
    private final Map<String, String> pathIds = new LinkedHashMap<>();
    private final Map<String, String> bodyIds = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Predicate<ApiOperation> skipped = op -> false;
    private long seed = 20261127L;
    private DatabaseFingerprint database;
    private final Map<String, String> etags = new java.util.HashMap<>();

    private HostileInputSweep(String service, URI baseUri) {
        this.service = service;
        this.baseUri = baseUri;
        headers.put("If-Match", CURRENT_ETAG);
        headers.put("X-Change-Reason", "Hostile input sweep");
    }

    /** A sweep of {@code service} listening at {@code baseUri} (e.g. {@code http://localhost:8081}). */
    public static HostileInputSweep of(String service, URI baseUri) {
        return new HostileInputSweep(service, baseUri);
    }

    /** Sends {@code Authorization: Bearer token} with every probe. */
    public HostileInputSweep token(String token) {
        headers.put("Authorization", "Bearer " + token);
        return this;
    }

    /** An existing record's id for path parameters after the segment {@code collection} (or named so). */
    public HostileInputSweep pathId(String collection, Object id) {
        pathIds.put(collection, id.toString());
        return this;
    }

    /** An existing record's id (or any valid value) for body properties named {@code property}. */
    public HostileInputSweep bodyValue(String property, Object value) {
        bodyIds.put(property, value.toString());
        return this;
    }

    public HostileInputSweep seed(long fixedSeed) {
        this.seed = fixedSeed;
        return this;
    }

    /** Leaves out operations that match (say why at the call). */
    public HostileInputSweep skip(Predicate<ApiOperation> operations) {
        this.skipped = skipped.or(operations);
        return this;
    }

    public HostileInputSweep comparing(DatabaseFingerprint fingerprint) {
        this.database = fingerprint;
        return this;
    }

    /** Runs the sweep. */
    public SweepReport run() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Random random = new Random(seed);
        OpenApiSchemas schemas = OpenApiSchemas.parse(openApiDocument(http));
        List<ApiOperation> operations = schemas.operations().stream().filter(skipped.negate()).toList();
        List<ApiOperation> withBody = operations.stream().filter(ApiOperation::hasBody).toList();
        List<ApiOperation> hugeBodyTargets = new ArrayList<>();
        for (int i = 0; i < HUGE_BODY_OPERATIONS && !withBody.isEmpty(); i++) {
            hugeBodyTargets.add(withBody.get(random.nextInt(withBody.size())));
        }
        HostileProbes probes = new HostileProbes(schemas, new SampleValues(schemas, bodyIds, random),
                new PathIds(pathIds, random), random, Map.copyOf(headers));
        SweepReport report = new SweepReport(service);
        Map<String, String> last = database == null ? null : database.take();
        for (ApiOperation op : operations) {
            for (Probe probe : probes.of(op, hugeBodyTargets.contains(op))) {
                if (database != null && probe.kind().mayBeAccepted()) {
                    last = compare(last, "before " + probe.describe(), report);
                }
                int status = send(http, probe, report);
                if (database != null && status >= 200 && status < 300) {
                    last = database.take();
                }
            }
            if (database != null) {
                last = compare(last, "by rejected requests to " + op.label(), report);
            }
            report.operationSwept();
        }
        for (ApiOperation op : operations) {
            if ("get".equalsIgnoreCase(op.method()) && op.parametersIn("query").stream().anyMatch(p -> "q".equals(p.name()))) {
                wildcardMatchesItself(http, op, new PathIds(pathIds, random).fill(op.path(), null, null), report);
            }
        }
        return report;
    }

    private Map<String, String> compare(Map<String, String> before, String when, SweepReport report) {
        Map<String, String> now = database.take();
        List<String> changed = DatabaseFingerprint.changedTables(before, now);
        if (!changed.isEmpty()) {
            report.databaseChanged(when, changed);
        }
        report.databaseCompared();
        return now;
    }

    private int send(HttpClient http, Probe probe, SweepReport report) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + probe.path()))
                .timeout(Duration.ofSeconds(60));
        probe.headers().forEach((name, value) -> request.header(name,
                CURRENT_ETAG.equals(value) ? currentEtag(http, probe.path()) : value));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : probe.chunked() ? chunked(probe.body()) : HttpRequest.BodyPublishers.ofByteArray(probe.body());
        request.method(probe.method().toUpperCase(java.util.Locale.ROOT), body);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            report.record(probe, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
            if (response.statusCode() < 300) {
                etags.clear();
            }
            return response.statusCode();
        } catch (IOException e) {
            report.noAnswer(probe, e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sweeping", e);
        }
    }

    /**
     * A free-text filter of {@code %} (a LIKE wildcard, were it not escaped) matches only text holding a per cent
     * sign, so each record it answers holds one.
     */
    private void wildcardMatchesItself(HttpClient http, ApiOperation op, String path, SweepReport report) {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(baseUri + path + "?q=%25"))
                .timeout(Duration.ofSeconds(30)).GET();
        headers.forEach((name, value) -> {
            if (!CURRENT_ETAG.equals(value)) {
                get.header(name, value);
            }
        });
        try {
            HttpResponse<String> answer = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
            report.wildcardAnswered(op.label(), answer.statusCode(), answer.body());
        } catch (IOException e) {
            report.wildcardAnswered(op.label(), -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ETag of the record a change at {@code path} is guarded by: the record at that path, or (for an action such
     * as {@code /audits/{id}/perform}) at a path above it; {@code "0"} when none answers with one.
     */
    private String currentEtag(HttpClient http, String path) {
        String target = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return etags.computeIfAbsent(target, t -> {
            String candidate = t;
            for (int up = 0; up < 3 && candidate.lastIndexOf('/') > 0; up++) {
                try {
                    HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(baseUri + candidate))
                            .timeout(Duration.ofSeconds(30)).GET();
                    headers.forEach((name, value) -> {
                        if (!CURRENT_ETAG.equals(value)) {
                            get.header(name, value);
                        }
                    });
                    HttpResponse<Void> answer = http.send(get.build(), HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200 && answer.headers().firstValue("ETag").isPresent()) {
                        return answer.headers().firstValue("ETag").get();
                    }
                } catch (IOException | IllegalArgumentException e) {
                    return "\"0\"";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                candidate = candidate.substring(0, candidate.lastIndexOf('/'));
            }
            return "\"0\"";
        });
    }

    /** A body of unknown length (sent chunked), so the size limit must be enforced while reading. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
    }

    private String openApiDocument(HttpClient http) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(baseUri + "/q/openapi?format=json")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document of " + service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
