package com.partnershipgovernance.platform.testing.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a sweep sent and what came back: requests per mutation kind, answers per status, and every
 * violation of the promise "bad input gets a 4xx RFC 9457 problem naming the field, and changes nothing".
 */
public final class SweepReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<MutationKind> FIELD_KINDS = Set.of(MutationKind.WRONG_TYPE, MutationKind.MISSING_REQUIRED,
            MutationKind.NULL_REQUIRED, MutationKind.OVERSIZED_STRING, MutationKind.OVERSIZED_ARRAY,
            MutationKind.INVALID_ENUM, MutationKind.BAD_QUERY_PARAMETER, MutationKind.DUPLICATE_KEY,
            MutationKind.NUL_CHARACTER, MutationKind.LONE_SURROGATE, MutationKind.COERCED_SCALAR,
            MutationKind.EXTREME_DATE, MutationKind.EXTREME_PAGE);
    private static final int MAX_LISTED = 60;

    private final String service;
    private final Map<MutationKind, Integer> perKind = new EnumMap<>(MutationKind.class);
    private final Map<Integer, Integer> perStatus = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private int operations;
    private int databaseComparisons;

    SweepReport(String service) {
        this.service = service;
    }

    /** Checks one answer against the promise and counts it. */
    void record(Probe probe, int status, String contentType, String body) {
        perKind.merge(probe.kind(), 1, Integer::sum);
        perStatus.merge(status, 1, Integer::sum);
        if (status >= 500) {
            violations.add(status + " for " + probe.describe() + ": " + abbreviate(body));
        } else if (status < 400) {
            accepted.add(status + " " + probe.describe());
            if (!probe.kind().mayBeAccepted()) {
                violations.add("accepted (" + status + ") " + probe.describe());
            }
        } else {
            checkProblem(probe, status, contentType, body);
        }
    }

    private void checkProblem(Probe probe, int status, String contentType, String body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            violations.add(status + " as " + contentType + " (not problem+json) for " + probe.describe() + ": "
                    + abbreviate(body));
            return;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (java.io.IOException e) {
            violations.add(status + " with an unreadable problem for " + probe.describe());
            return;
        }
        if (problem.path("status").asInt() != status || problem.path("title").asText("").isBlank()) {
            violations.add(status + " problem without matching status and title for " + probe.describe() + ": "
                    + abbreviate(body));
            return;
        }
        if (status == 400 && probe.field() != null && FIELD_KINDS.contains(probe.kind()) && !names(problem, probe.field())) {
            violations.add("400 not naming '" + probe.field() + "' for " + probe.describe() + ": " + abbreviate(body));
        }
    }

    /** Whether the problem names {@code field} (its last segment) in {@code errors[].field} or its detail. */
    private static boolean names(JsonNode problem, String field) {
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText("").contains(last)) {
                return true;
            }
        }
        return problem.path("detail").asText("").contains(last);
    }

    /**
     * The answer to {@code ?q=%}: a page whose every item holds a per cent sign somewhere, since the filter must match
     * the character itself, not act as a LIKE wildcard matching everything.
     */
    void wildcardAnswered(String operation, int status, String body) {
        perKind.merge(MutationKind.LIKE_WILDCARD, 1, Integer::sum);
        perStatus.merge(status, 1, Integer::sum);
        JsonNode page;
        try {
            page = JSON.readTree(body);
        } catch (java.io.IOException e) {
            page = null;
        }
        if (status != 200 || page == null || !page.path("items").isArray()) {
            violations.add("q=% on " + operation + " answered " + status + ": " + abbreviate(body));
            return;
        }
        for (JsonNode item : page.path("items")) {
            if (!item.toString().contains("%")) {
                violations.add("q=% on " + operation + " matched a record without a per cent sign (a LIKE wildcard "
                        + "not escaped?): " + abbreviate(item.toString()));
                return;
            }
        }
    }

    void noAnswer(Probe probe, Exception e) {
        perKind.merge(probe.kind(), 1, Integer::sum);
        violations.add("no answer for " + probe.describe() + ": " + e);
    }

    void databaseChanged(String when, List<String> tables) {
        violations.add("database changed " + when + ": " + tables);
    }

    void databaseCompared() {
        databaseComparisons++;
    }

    void operationSwept() {
        operations++;
    }

    public int requests() {
        return perKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<MutationKind, Integer> requestsPerKind() {
        return Map.copyOf(perKind);
    }

    public Map<Integer, Integer> answersPerStatus() {
        return Map.copyOf(perStatus);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The hostile requests a service accepted (2xx), all of kinds it may rightly accept unless listed as violations. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** A few lines for the test log. */
    public String summary() {
        return service + " hostile input sweep: " + requests() + " requests over " + operations + " operations, "
                + databaseComparisons + " database comparisons\n  per kind: " + perKind + "\n  per status: "
                + perStatus + "\n  accepted: " + accepted.size() + (accepted.isEmpty() ? "" : " "
                + accepted.subList(0, Math.min(accepted.size(), 10))) + "\n  violations: " + violations.size();
    }

    /** Fails listing the violations, if any. */
    public void assertNoViolations() {
        assertTrue(violations.isEmpty(), () -> summary() + "\n" + String.join("\n",
                violations.subList(0, Math.min(violations.size(), MAX_LISTED))));
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
