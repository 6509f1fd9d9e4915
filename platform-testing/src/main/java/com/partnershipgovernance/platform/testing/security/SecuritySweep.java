package com.partnershipgovernance.platform.testing.security;

import com.partnershipgovernance.platform.testing.LocalTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives security checks over every operation of the OpenAPI document of the {@code @QuarkusTest}
 * application: tokens (absent or hostile: 401), partner scope (another partner's ids: 403 or 404, and
 * none of its ids in any answer) and the role matrix (a write by a role that does not own it: 403).
 * Each check calls every operation, collects every violation and fails once, listing them all.
 */
public final class SecuritySweep {

    /** The roles of CONVENTIONS.md but {@code admin}, who may do everything. */
    public static final Set<String> ROLES = Set.of("quality", "regulatory", "legal", "finance", "supply-chain",
            "clinical", "rnd", "steering-committee", "viewer", "partner-user");

    private final LocalTokens tokens;
    private final List<ApiOperation> operations;

    private SecuritySweep(LocalTokens tokens, List<ApiOperation> operations) {
        this.tokens = tokens;
        this.operations = operations;
    }

    /**
     * The sweep of the running service's operations, without those deliberately public ones named in
     * {@code publicOperations} (keys as {@link ApiOperation#key()}; Quarkus' own {@code /q/*} are never in
     * the document).
     */
    public static SecuritySweep of(LocalTokens tokens, Set<String> publicOperations) {
        List<ApiOperation> all = ApiOperation.ofRunningService();
        return new SecuritySweep(tokens, all.stream().filter(op -> !publicOperations.contains(op.key())).toList());
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /** Without a token and with each of {@link HostileTokens#all()}, every operation answers 401. */
    public void assertEveryOperationRefusesAbsentAndHostileTokens() {
        Map<String, String> hostile = new HostileTokens(tokens).all();
        List<String> violations = new ArrayList<>();
        for (ApiOperation op : operations) {
            String uri = op.uri(Map.of());
            int status = send(op, uri, null, null).statusCode();
            if (status != 401) {
                violations.add(op.key() + " without a token: " + status);
            }
            hostile.forEach((what, token) -> {
                int s = send(op, uri, token, null).statusCode();
                if (s != 401) {
                    violations.add(op.key() + " with a token " + what + ": " + s);
                }
            });
        }
        assertNone(violations, "operations that did not answer 401", operations.size() * 5);
    }

    /**
     * Deny by default: a token signed by the trusted issuer but holding no role that may read (no {@code groups}
     * claim, an empty one, only a role the platform does not know, or {@code partner-user} without the
     * {@code partner_id} it is confined to) gets 403 from every operation, reads included.
     */
    public void assertEveryOperationRefusesTokensWithoutAKnownRole() {
        Map<String, String> roleLess = Map.of(
                "without a groups claim", tokens.token("sweep-unmapped").withoutGroups().sign(),
                "with an empty groups claim", tokens.token("sweep-empty").roles().sign(),
                "with only an unknown role", tokens.token("sweep-contractor").roles("contractor").sign(),
                "as a partner user without a partner", tokens.token("sweep-partnerless").roles("partner-user").sign());
        List<String> violations = new ArrayList<>();
        for (ApiOperation op : operations) {
            String uri = op.uri(Map.of());
            roleLess.forEach((what, token) -> {
                int status = send(op, uri, token, null).statusCode();
                if (status != 403) {
                    violations.add(op.key() + " " + what + ": " + status);
                }
            });
        }
        assertNone(violations, "operations that did not answer 403", operations.size() * roleLess.size());
    }

    /**
     * A partner user of {@code ownPartner} calls every operation that takes ids: with the ids of another
     * partner's records ({@code foreignIds}, by the collection before each path parameter as in
     * {@link ApiOperation#uri}; a parameter it has no id for gets a fresh UUID) and with ids of no record at
     * all; each answers 403 or 404 and never shows a foreign id it was not given. Every read without ids (the lists) answers without any of the foreign ids.
     * {@code bodies} gives, by operation key, a valid body for writes a partner user may make, so the check
     * reaches the record instead of stopping at validation.
     */
    public void assertPartnerUserSeesNothingOfAnotherPartner(UUID ownPartner, Map<String, String> foreignIds,
                                                             Map<String, String> bodies) {
        String token = tokens.token("partner-user-of-" + ownPartner).roles("partner-user").partnerId(ownPartner)
                .sign();
        Collection<String> foreign = foreignIds.values();
        List<String> violations = new ArrayList<>();
        int calls = 0;
        for (ApiOperation op : operations) {
            List<String> uris = op.takesIds()
                    ? List.of(op.uri(foreignIds), op.uri(Map.of()))
                    : op.isRead() ? List.of(op.uri(Map.of())) : List.of();
            for (String uri : uris) {
                calls++;
                Response response = send(op, uri, token, bodies.get(op.key()));
                int status = response.statusCode();
                String body = response.asString();
                foreign.stream().filter(id -> body.contains(id) && !uri.contains(id)).findFirst().ifPresent(id ->
                        violations.add(op.method() + " " + uri + " shows the foreign id " + id + " (" + status + ")"));
                if (op.takesIds() && status != 403 && status != 404) {
                    violations.add(op.method() + " " + uri + ": " + status + " " + abbreviate(body));
                } else if (!op.takesIds() && status >= 500) {
                    violations.add(op.method() + " " + uri + ": " + status + " " + abbreviate(body));
                }
            }
        }
        assertNone(violations, "partner scope violations", calls);
    }

    /**
     * Every write operation of the document is in {@code writers} (operation key to the roles that own it;
     * {@code admin} is implied), and every other role gets 403 for it; a partner user may instead get 404, as
     * for any record outside their partnership. Each owning role other than a partner user, sending the
     * same request, gets past authorization: neither 401 nor 403 (the request may still fail validation or
     * find no record), so a table that refuses everyone fails too. {@code bodies} gives, by operation key,
     * a valid body where the refusal comes after validation (else {@code {}} is sent).
     */
    public void assertWritesRefusedToRolesThatDoNotOwnThem(Map<String, Set<String>> writers,
                                                          Map<String, String> bodies) {
        List<String> violations = new ArrayList<>();
        int calls = 0;
        for (ApiOperation op : operations) {
            if (op.isRead()) {
                continue;
            }
            Set<String> owners = writers.get(op.key());
            if (owners == null) {
                violations.add(op.key() + " is missing from the role table");
                continue;
            }
            for (String role : new TreeSet<>(ROLES)) {
                calls++;
                String token = tokens.token("sweep-" + role).roles(role).partnerId(
                        "partner-user".equals(role) ? UUID.randomUUID() : null).sign();
                int status = send(op, op.uri(Map.of()), token, bodies.get(op.key())).statusCode();
                if (owners.contains(role)) {
                    // a partner user's token names a partner of no record here: the scope may refuse it
                    if ((status == 401 || status == 403) && !"partner-user".equals(role)) {
                        violations.add(op.key() + " as " + role + ", who owns it: " + status);
                    }
                } else if (status != 403 && !(status == 404 && "partner-user".equals(role))) {
                    violations.add(op.key() + " as " + role + ": " + status);
                }
            }
        }
        writers.keySet().stream().filter(key -> operations.stream().noneMatch(op -> op.key().equals(key)))
                .forEach(key -> violations.add(key + " is in the role table but not in the OpenAPI document"));
        assertNone(violations, "writes not refused to roles that do not own them", calls);
    }

    private static Response send(ApiOperation op, String uri, String token, String body) {
        RequestSpecification request = given().header("X-Change-Reason", "security sweep")
                .header("If-Match", "\"0\"");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (op.takesBody()) {
            request.contentType(ContentType.JSON).body(body != null ? body : "{}");
        }
        return request.request(op.method(), uri);
    }

    private static void assertNone(List<String> violations, String what, int calls) {
        assertTrue(calls > 0, "the sweep made no call");
        assertTrue(violations.isEmpty(), () -> violations.size() + " " + what + " (of " + calls + " calls):\n  "
                + String.join("\n  ", violations));
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
