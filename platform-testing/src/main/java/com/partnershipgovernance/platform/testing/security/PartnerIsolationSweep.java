package com.partnershipgovernance.platform.testing.security;

import com.partnershipgovernance.platform.testing.LocalTokens;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves partner isolation without a line per endpoint: with the records of two partners present, a partner
 * user of the first calls every GET operation of the running service's OpenAPI document (each with
 * {@code partnerId} set to the other partner too, and each path id filled from the other partner's records where
 * the path names one) and no answer may show the other partner's id or any of its records' ids; a read by id of
 * the other partner's record answers 404. A new endpoint is swept as soon as it is in the document.
 * <pre>{@code
 * PartnerIsolationSweep.of(tokens).assertIsolated(
 *         PartnerRecords.of(own).with("risks", ownRisk),
 *         PartnerRecords.of(other).with("risks", otherRisk).with("mitigations", otherMitigation));
 * }</pre>
 */
public final class PartnerIsolationSweep {

    private final LocalTokens tokens;
    private final List<ApiOperation> reads;

    private PartnerIsolationSweep(LocalTokens tokens, List<ApiOperation> reads) {
        this.tokens = tokens;
        this.reads = reads;
    }

    /** The sweep of every GET operation of the running service. */
    public static PartnerIsolationSweep of(LocalTokens tokens) {
        return new PartnerIsolationSweep(tokens, ApiOperation.ofRunningService().stream()
                .filter(ApiOperation::isRead).toList());
    }

    /**
     * One partner's seeded records: its id (for the {@code partners} collection), the id of a record per
     * collection path segment ({@code risks} for {@code /risks/{id}}), and ids of records no path names. A value
     * both partners give (a KPI code for {@code /kpi-definitions/{code}}) is shared, not the other partner's.
     */
    public record PartnerRecords(UUID partnerId, Map<String, String> idsByCollection, Set<String> otherIds) {

        public static PartnerRecords of(UUID partnerId) {
            return new PartnerRecords(partnerId, Map.of("partners", partnerId.toString()), Set.of());
        }

        /** With {@code id} for the path segment {@code collection} (e.g. {@code measurements}). */
        public PartnerRecords with(String collection, String id) {
            Map<String, String> ids = new LinkedHashMap<>(idsByCollection);
            ids.put(collection, id);
            return new PartnerRecords(partnerId, Map.copyOf(ids), otherIds);
        }

        /** With ids of records that no path names but answers may show (e.g. a mitigation's events). */
        public PartnerRecords alsoShowing(String... ids) {
            Set<String> more = new LinkedHashSet<>(otherIds);
            more.addAll(List.of(ids));
            return new PartnerRecords(partnerId, idsByCollection, Set.copyOf(more));
        }

        /** Every id of the partner's an answer must not show to another partner's user. */
        Set<String> allIds() {
            Set<String> all = new LinkedHashSet<>(idsByCollection.values());
            all.add(partnerId.toString());
            all.addAll(otherIds);
            return all;
        }
    }

    /**
     * As a partner user of {@code own}: no GET answer shows an id of {@code other}'s, a path naming one of
     * {@code other}'s records answers 404 (or 403), nothing answers 5xx; and, so that the sweep cannot pass by
     * refusing everything, {@code own}'s partner id shows in some answer.
     */
    public void assertIsolated(PartnerRecords own, PartnerRecords other) {
        String token = tokens.token("partner-user-of-" + own.partnerId()).roles("partner-user")
                .partnerId(own.partnerId()).sign();
        Set<String> foreign = new LinkedHashSet<>(other.allIds());
        // what both name is shared by all (a KPI code, a catalogue entry), not the other partner's
        foreign.removeAll(own.allIds());
        List<String> violations = new ArrayList<>();
        int calls = 0;
        boolean ownSeen = false;
        for (ApiOperation op : reads) {
            for (String uri : uris(op, own, other)) {
                calls++;
                Response response = given().auth().oauth2(token).get(uri);
                int status = response.statusCode();
                String body = response.asString();
                ownSeen |= status == 200 && body.contains(own.partnerId().toString());
                foreign.stream().filter(id -> body.contains(id) && !uri.contains(id)).findFirst().ifPresent(id ->
                        violations.add("GET " + uri + " shows " + other.partnerId() + "'s id " + id + " (" + status
                                + ")"));
                boolean namesForeign = foreign.stream().anyMatch(uri.split("\\?")[0]::contains);
                if (namesForeign && status != 404 && status != 403) {
                    violations.add("GET " + uri + " reads another partner's record: " + status);
                } else if (status >= 500) {
                    violations.add("GET " + uri + ": " + status + " " + abbreviate(body));
                }
            }
        }
        int made = calls;
        assertTrue(made > 0, "the sweep made no call");
        assertTrue(violations.isEmpty(), () -> violations.size() + " partner isolation violations (of " + made
                + " calls):\n  " + String.join("\n  ", violations));
        assertTrue(ownSeen, "no answer showed the partner user's own partner " + own.partnerId()
                + ": the sweep proves nothing if everything is refused");
    }

    /**
     * The calls for one operation: by the other partner's ids and by the own partner's (which must show it);
     * a list also with {@code partnerId} naming the other partner.
     */
    private static List<String> uris(ApiOperation op, PartnerRecords own, PartnerRecords other) {
        // every path parameter, not only those the document types as uuid (a $ref to a UUID schema has no format)
        if (!op.pathParameters().isEmpty()) {
            return List.of(op.uri(other.idsByCollection()), op.uri(own.idsByCollection()));
        }
        String uri = op.uri(own.idsByCollection());
        return List.of(uri, uri + (uri.contains("?") ? "&" : "?") + "partnerId=" + other.partnerId());
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
