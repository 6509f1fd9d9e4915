package com.partnershipgovernance.platform.testing.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Derives the hostile requests for one operation: each path id unknown or malformed, each query
 * parameter of the wrong type, and for a JSON body each property (to two levels of nesting) of the
 * wrong type, missing, null, oversized or outside its enum, its dates reversed, and the whole body
 * malformed, of another content type or over the size limit.
 */
final class HostileProbes {

    static final int OVERSIZED_STRING_LENGTH = 100_000;
    static final int OVERSIZED_ARRAY_LENGTH = 5_000;
    private static final int HUGE_BODY_BYTES = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":}", "not json at all",
            "{\"x\": 1} trailing", "", "[]", "null", "\"a string\"", "42", "{\"a\": NaN}",
            "[".repeat(3000) + "]".repeat(3000), "{\"a\":\"\\ud800\"", "{'single': 'quotes'}",
            "{\"a\":\"\u00c3(\"}");
    private static final List<String> WRONG_CONTENT_TYPES = Arrays.asList("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=no-such-charset", null);

    private final OpenApiSchemas schemas;
    private final SampleValues samples;
    private final PathIds pathIds;
    private final Random random;
    private final Map<String, String> headers;

    HostileProbes(OpenApiSchemas schemas, SampleValues samples, PathIds pathIds, Random random,
                  Map<String, String> headers) {
        this.schemas = schemas;
        this.samples = samples;
        this.pathIds = pathIds;
        this.random = random;
        this.headers = headers;
    }

    List<Probe> of(ApiOperation op, boolean withHugeBody) {
        List<Probe> probes = new ArrayList<>();
        String realPath = pathIds.fill(op.path(), null, null);
        JsonNode baseline = op.hasBody() ? samples.sample(op.bodySchema()) : null;
        for (ApiOperation.Parameter p : op.parametersIn("path")) {
            String unknown = new UUID(random.nextLong(), random.nextLong()).toString();
            probes.add(request(MutationKind.UNKNOWN_ID, op, p.name(), pathIds.fill(op.path(), p.name(), unknown),
                    "", baseline));
            probes.add(request(MutationKind.NUL_CHARACTER, op, p.name(), pathIds.fill(op.path(), p.name(), "a%00b"),
                    "", baseline));
            for (String malformed : pick(List.of("not-a-uuid", "12345", "%2e%2e%2f%2e%2e", "x".repeat(300)), 2)) {
                probes.add(request(MutationKind.MALFORMED_ID, op, p.name(),
                        pathIds.fill(op.path(), p.name(), malformed), "", baseline));
            }
        }
        for (ApiOperation.Parameter p : op.parametersIn("query")) {
            for (String bad : badQueryValues(p.schema())) {
                probes.add(request(MutationKind.BAD_QUERY_PARAMETER, op, p.name(), realPath,
                        "?" + p.name() + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), baseline));
            }
            JsonNode s = schemas.resolve(p.schema());
            String format = s.path("format").asText("");
            if ("page".equals(p.name())) {
                probes.add(request(MutationKind.EXTREME_PAGE, op, p.name(), realPath,
                        "?page=" + Integer.MAX_VALUE, baseline));
            } else if ("date".equals(format)) {
                for (String date : List.of("0000-01-01", "+999999999-12-31")) {
                    probes.add(request(MutationKind.EXTREME_DATE, op, p.name(), realPath,
                            "?" + p.name() + "=" + URLEncoder.encode(date, StandardCharsets.UTF_8), baseline));
                }
            } else if ("string".equals(schemas.typeOf(s)) && !s.has("enum") && format.isEmpty()) {
                probes.add(request(MutationKind.NUL_CHARACTER, op, p.name(), realPath,
                        "?" + p.name() + "=a%00b", baseline));
            }
        }
        if (op.parameters().stream().anyMatch(p -> "header".equals(p.in()) && "If-Match".equalsIgnoreCase(p.name()))) {
            Map<String, String> anyVersion = new java.util.LinkedHashMap<>(headers);
            anyVersion.put("If-Match", "*");
            probes.add(new Probe(MutationKind.IF_MATCH_ANY, op.label(), "If-Match", op.method(), realPath, anyVersion,
                    baseline == null ? null : "application/json", baseline == null ? null : bytes(baseline), false));
        }
        if (baseline != null) {
            bodyProbes(op, realPath, baseline, withHugeBody, probes);
        }
        return probes;
    }

    private void bodyProbes(ApiOperation op, String path, JsonNode baseline, boolean withHugeBody, List<Probe> probes) {
        if (baseline.isObject()) {
            fieldProbes(op, path, baseline, (ObjectNode) baseline, op.bodySchema(), "", 0, probes);
            JsonNode reversed = baseline.deepCopy();
            if (reverseDates(reversed)) {
                probes.add(body(MutationKind.DATES_OUT_OF_ORDER, op, null, path, reversed));
            }
        }
        if (baseline.isObject() && baseline.size() > 0) {
            String first = baseline.fieldNames().next();
            String json = new String(bytes(baseline), StandardCharsets.UTF_8);
            String duplicated = "{" + JSON.valueToTree(first).toString() + ":" + baseline.get(first) + "," + json.substring(1);
            probes.add(new Probe(MutationKind.DUPLICATE_KEY, op.label(), first, op.method(), path, headers,
                    "application/json", duplicated.getBytes(StandardCharsets.UTF_8), false));
        }
        for (String malformed : pick(MALFORMED_JSON, 5)) {
            probes.add(raw(MutationKind.MALFORMED_JSON, op, path, "application/json",
                    malformed.getBytes(StandardCharsets.ISO_8859_1), false));
        }
        byte[] valid = bytes(baseline);
        for (String type : pick(WRONG_CONTENT_TYPES, 3)) {
            probes.add(raw(MutationKind.WRONG_CONTENT_TYPE, op, path, type, valid, false));
        }
        if (withHugeBody) {
            byte[] huge = hugeBody(baseline);
            probes.add(raw(MutationKind.HUGE_BODY, op, path, "application/json", huge, false));
            probes.add(raw(MutationKind.HUGE_BODY, op, path, "application/json", huge, true));
        }
    }

    /** Mutations of each property of {@code node} (a part of {@code root} at {@code prefix}). */
    private void fieldProbes(ApiOperation op, String path, JsonNode root, ObjectNode node, JsonNode schema,
                             String prefix, int depth, List<Probe> probes) {
        var required = schemas.requiredOf(schema);
        schemas.propertiesOf(schema).forEach((name, propertySchema) -> {
            if (!node.has(name)) {
                return;
            }
            String field = prefix + name;
            JsonNode resolved = schemas.resolve(propertySchema);
            String type = schemas.typeOf(resolved);
            probes.add(mutated(MutationKind.WRONG_TYPE, op, field, path, root, node, n -> n.set(name, wrongType(type))));
            if (required.contains(name)) {
                probes.add(mutated(MutationKind.MISSING_REQUIRED, op, field, path, root, node, n -> n.remove(name)));
                probes.add(mutated(MutationKind.NULL_REQUIRED, op, field, path, root, node, n -> n.putNull(name)));
            }
            if (resolved.has("enum")) {
                probes.add(mutated(MutationKind.INVALID_ENUM, op, field, path, root, node,
                        n -> n.put(name, "NOT_A_" + name.toUpperCase(java.util.Locale.ROOT))));
            }
            if ("string".equals(type) && !resolved.has("enum") && !resolved.has("format")) {
                probes.add(mutated(MutationKind.OVERSIZED_STRING, op, field, path, root, node,
                        n -> n.put(name, "x".repeat(OVERSIZED_STRING_LENGTH))));
                probes.add(mutated(MutationKind.NUL_CHARACTER, op, field, path, root, node, n -> n.put(name, "a\u0000b")));
                probes.add(mutated(MutationKind.LONE_SURROGATE, op, field, path, root, node, n -> n.put(name, "a\ud800b")));
                probes.add(mutated(MutationKind.COERCED_SCALAR, op, field, path, root, node, n -> n.put(name, 12345)));
            }
            if ("string".equals(type) && "date".equals(resolved.path("format").asText())) {
                probes.add(mutated(MutationKind.COERCED_SCALAR, op, field, path, root, node, n -> n.put(name, 20270101)));
                for (String date : List.of("0000-01-01", "+999999999-12-31", "-999999999-01-01")) {
                    probes.add(mutated(MutationKind.EXTREME_DATE, op, field, path, root, node, n -> n.put(name, date)));
                }
            }
            if ("integer".equals(type) || "number".equals(type)) {
                probes.add(mutated(MutationKind.COERCED_SCALAR, op, field, path, root, node, n -> n.put(name, "7")));
            }
            if ("string".equals(type) && "uuid".equals(resolved.path("format").asText())) {
                probes.add(mutated(MutationKind.UNKNOWN_REFERENCE, op, field, path, root, node,
                        n -> n.put(name, new UUID(random.nextLong(), random.nextLong()).toString())));
            }
            if ("array".equals(type) && node.get(name).size() > 0 && !resolved.path("uniqueItems").asBoolean(false)
                    && !schemas.itemsOf(resolved).has("enum")) {
                JsonNode item = node.get(name).get(0);
                probes.add(mutated(MutationKind.OVERSIZED_ARRAY, op, field, path, root, node, n -> {
                    ArrayNode many = n.putArray(name);
                    for (int i = 0; i < OVERSIZED_ARRAY_LENGTH; i++) {
                        many.add(item.deepCopy());
                    }
                }));
                // the probe above put a copy of the array back: mutate the item that is in the body now
                JsonNode current = node.get(name).get(0);
                if (current.isObject() && depth < 2) {
                    fieldProbes(op, path, root, (ObjectNode) current, schemas.itemsOf(resolved), field + "[0].",
                            depth + 1, probes);
                }
            }
            if ("object".equals(type) && node.get(name).isObject() && depth < 2) {
                fieldProbes(op, path, root, (ObjectNode) node.get(name), resolved, field + ".", depth + 1, probes);
            }
        });
    }

    /** A copy of {@code root} in which {@code change} was applied to (the copy of) {@code node}. */
    private Probe mutated(MutationKind kind, ApiOperation op, String field, String path, JsonNode root,
                          ObjectNode node, Consumer<ObjectNode> change) {
        JsonNode saved = node.deepCopy();
        change.accept(node);
        JsonNode copy = root.deepCopy();
        node.removeAll();
        node.setAll((ObjectNode) saved);
        return body(kind, op, field, path, copy);
    }

    private static JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> NODES.objectNode().put("unexpected", "object");
            case "integer", "number" -> NODES.textNode("not a number");
            case "boolean" -> NODES.textNode("maybe");
            case "array" -> NODES.numberNode(7);
            default -> NODES.arrayNode().add("unexpected").add("array");
        };
    }

    private List<String> badQueryValues(JsonNode schema) {
        JsonNode s = schemas.resolve(schema);
        String type = schemas.typeOf(s);
        String format = s.path("format").asText("");
        List<String> values = new ArrayList<>();
        if (s.has("enum")) {
            values.add("NOT_A_VALUE");
        }
        switch (type) {
            case "integer", "number" -> values.addAll(List.of("abc", "99999999999999999999999", "-1", "1.5e400"));
            case "boolean" -> values.add("maybe");
            case "array" -> values.add("NOT_A_VALUE");
            default -> {
                switch (format) {
                    case "uuid" -> values.add("not-a-uuid");
                    case "date" -> values.addAll(List.of("2026-02-30", "yesterday"));
                    case "date-time" -> values.add("not-a-time");
                    default -> {
                        if (s.has("maxLength")) {
                            values.add("x".repeat(s.get("maxLength").asInt() + 1));
                        }
                    }
                }
            }
        }
        return values;
    }

    /** {@code count} of {@code choices}, chosen by the seeded random. */
    private <T> List<T> pick(List<T> choices, int count) {
        List<T> shuffled = new ArrayList<>(choices);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** Reverses the order of the dates in {@code node}'s tree; false when it holds fewer than two. */
    private static boolean reverseDates(JsonNode node) {
        List<ObjectNode> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collectDates(node, owners, names);
        if (owners.size() < 2) {
            return false;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            values.add(owners.get(i).get(names.get(i)).asText());
        }
        for (int i = 0; i < owners.size(); i++) {
            owners.get(i).put(names.get(i), values.get(values.size() - 1 - i));
        }
        List<String> reversed = new ArrayList<>(values);
        java.util.Collections.reverse(reversed);
        return !values.equals(reversed);
    }

    private static void collectDates(JsonNode node, List<ObjectNode> owners, List<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && e.getValue().asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    owners.add((ObjectNode) node);
                    names.add(e.getKey());
                } else {
                    collectDates(e.getValue(), owners, names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectDates(item, owners, names));
        }
    }

    private static byte[] hugeBody(JsonNode baseline) {
        ObjectNode huge = baseline.isObject() ? baseline.deepCopy() : NODES.objectNode();
        huge.put("padding", "x".repeat(HUGE_BODY_BYTES));
        return bytes(huge);
    }

    private Probe request(MutationKind kind, ApiOperation op, String field, String path, String query,
                          JsonNode body) {
        if (body == null) {
            return new Probe(kind, op.label(), field, op.method(), path + query, headers, null, null, false);
        }
        return new Probe(kind, op.label(), field, op.method(), path + query, headers, "application/json",
                bytes(body), false);
    }

    private Probe body(MutationKind kind, ApiOperation op, String field, String path, JsonNode body) {
        return new Probe(kind, op.label(), field, op.method(), path, headers, "application/json", bytes(body), false);
    }

    private Probe raw(MutationKind kind, ApiOperation op, String path, String contentType, byte[] body,
                      boolean chunked) {
        return new Probe(kind, op.label(), null, op.method(), path, headers, contentType, body, chunked);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
