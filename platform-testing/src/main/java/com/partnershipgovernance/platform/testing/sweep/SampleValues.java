package com.partnershipgovernance.platform.testing.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Valid-looking JSON for a schema, so that a single mutation is what a service has to reject: the
 * schema's examples and first enum values, ids of real records by property name, dates in increasing
 * order, and strings that fit the declared format, pattern and length.
 */
final class SampleValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PATTERN_CANDIDATES = List.of("DE", "GB", "EUR", "Sample value",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "2026-06", "2026", "A1", "X",
            "https://example.com/documents/sample.pdf", "sample@example.com", "1.0", "v1", "SAMPLE");

    private final OpenApiSchemas schemas;
    private final Map<String, String> knownIds;
    private final Random random;
    private LocalDate nextDate;

    SampleValues(OpenApiSchemas schemas, Map<String, String> knownIds, Random random) {
        this.schemas = schemas;
        this.knownIds = knownIds;
        this.random = random;
    }

    /** A fresh sample of {@code schema}; dates within one sample increase in property order. */
    JsonNode sample(JsonNode schema) {
        nextDate = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        return value(null, schema, 0);
    }

    JsonNode value(String name, JsonNode schema, int depth) {
        JsonNode s = schemas.resolve(schema);
        if (s.has("example") && !s.get("example").isNull() && !"object".equals(schemas.typeOf(s))
                && !"array".equals(schemas.typeOf(s))) {
            return s.get("example");
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            for (JsonNode candidate : s.get("enum")) {
                if (!candidate.isNull()) {
                    return candidate;
                }
            }
        }
        return switch (schemas.typeOf(s)) {
            case "object" -> object(s, depth);
            case "array" -> array(name, s, depth);
            case "integer", "number" -> NODES.numberNode(integer(s) + (name != null && name.startsWith("max") ? 10 : 0));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(string(name, s));
        };
    }

    private JsonNode object(JsonNode s, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 4) {
            return object;
        }
        schemas.propertiesOf(s).forEach((property, propertySchema) -> {
            JsonNode resolved = schemas.resolve(propertySchema);
            if (resolved.path("readOnly").asBoolean(false)) {
                return;
            }
            object.set(property, value(property, propertySchema, depth + 1));
        });
        return object;
    }

    private JsonNode array(String name, JsonNode s, int depth) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, s.path("minItems").asInt(1));
        for (int i = 0; i < items && depth <= 4; i++) {
            array.add(value(name, schemas.itemsOf(s), depth + 1));
        }
        return array;
    }

    private static long integer(JsonNode s) {
        long min = s.has("minimum") ? (long) Math.ceil(s.get("minimum").asDouble()) : 1;
        long max = s.has("maximum") ? (long) Math.floor(s.get("maximum").asDouble()) : Math.max(min, 5);
        if (s.has("exclusiveMinimum") && s.get("exclusiveMinimum").isNumber()) {
            min = (long) Math.floor(s.get("exclusiveMinimum").asDouble()) + 1;
        }
        return Math.max(min, Math.min(max, Math.max(min, 3)));
    }

    private String string(String name, JsonNode s) {
        if (name != null && knownIds.containsKey(name)) {
            return knownIds.get(name);
        }
        String format = s.path("format").asText("");
        switch (format) {
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "date":
                LocalDate date = nextDate;
                nextDate = nextDate.plusDays(5);
                return date.toString();
            case "date-time":
                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(5).truncatedTo(ChronoUnit.SECONDS);
                return at.toString();
            case "email":
                return "sample@example.com";
            case "uri", "url":
                return "https://example.com/documents/sample.pdf";
            default:
                break;
        }
        if (name != null && name.matches("(?i).*(uri|url|link)")) {
            return "https://example.com/documents/sample.pdf";
        }
        String pattern = s.path("pattern").asText(null);
        String text = "Sample " + (name == null ? "value" : name);
        if (pattern != null) {
            text = matching(pattern, text);
        }
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = s.path("minLength").asInt(0);
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        if (text.length() < min) {
            text = text + "x".repeat(min - text.length());
        }
        return text;
    }

    private static String matching(String pattern, String fallback) {
        try {
            Pattern compiled = Pattern.compile(pattern);
            for (String candidate : PATTERN_CANDIDATES) {
                if (compiled.matcher(candidate).matches()) {
                    return candidate;
                }
            }
        } catch (PatternSyntaxException e) {
            return fallback;
        }
        return fallback;
    }
}
