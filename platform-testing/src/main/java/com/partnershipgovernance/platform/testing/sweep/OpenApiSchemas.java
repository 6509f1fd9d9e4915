package com.partnershipgovernance.platform.testing.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a service's OpenAPI document (3.0 or 3.1, as SmallRye OpenAPI writes it): its operations,
 * and the type, format, enum, limits and properties of a schema with {@code $ref}s followed.
 */
public final class OpenApiSchemas {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    private OpenApiSchemas(JsonNode document) {
        this.document = document;
    }

    /** The document in {@code json}. */
    public static OpenApiSchemas parse(String json) {
        try {
            return new OpenApiSchemas(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable OpenAPI document", e);
        }
    }

    /** Every operation, in the document's order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey().toLowerCase(Locale.ROOT))) {
                return;
            }
            List<ApiOperation.Parameter> parameters = new ArrayList<>();
            for (JsonNode p : concat(path.getValue().path("parameters"), op.getValue().path("parameters"))) {
                JsonNode parameter = resolve(p);
                parameters.add(new ApiOperation.Parameter(parameter.path("name").asText(),
                        parameter.path("in").asText(), parameter.path("required").asBoolean(false),
                        resolve(parameter.path("schema"))));
            }
            JsonNode body = op.getValue().path("requestBody").path("content");
            JsonNode bodySchema = null;
            for (Iterator<String> types = body.fieldNames(); types.hasNext(); ) {
                String type = types.next();
                if (type.contains("json")) {
                    bodySchema = resolve(body.path(type).path("schema"));
                }
            }
            operations.add(new ApiOperation(op.getKey(), path.getKey(), parameters, bodySchema));
        }));
        return operations;
    }

    /** {@code schema} with a {@code $ref} (also one inside a lone {@code allOf}/{@code anyOf}/{@code oneOf}) followed. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 20 && current != null; depth++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
                continue;
            }
            JsonNode composed = firstOf(current);
            if (composed != null && !current.has("properties") && !current.has("type")) {
                current = composed;
                continue;
            }
            return current;
        }
        return current;
    }

    private static JsonNode firstOf(JsonNode schema) {
        for (String key : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode list = schema.path(key);
            if (list.isArray()) {
                for (JsonNode candidate : list) {
                    if (!"null".equals(candidate.path("type").asText())) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /** The schema's JSON type ({@code string}, {@code integer}, {@code object}...), ignoring {@code null} in 3.1 type lists. */
    public String typeOf(JsonNode schema) {
        JsonNode s = resolve(schema);
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        if (s.has("enum")) {
            return "string";
        }
        return "";
    }

    /** The properties of an object schema, in declaration order. */
    public Map<String, JsonNode> propertiesOf(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode s = resolve(schema);
        s.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        for (JsonNode part : s.path("allOf")) {
            properties.putAll(propertiesOf(part));
        }
        return properties;
    }

    /** The names of the required properties of an object schema. */
    public Set<String> requiredOf(JsonNode schema) {
        Set<String> required = new java.util.LinkedHashSet<>();
        JsonNode s = resolve(schema);
        s.path("required").forEach(r -> required.add(r.asText()));
        for (JsonNode part : s.path("allOf")) {
            required.addAll(requiredOf(part));
        }
        return required;
    }

    /** The schema of an array's items. */
    public JsonNode itemsOf(JsonNode schema) {
        return resolve(resolve(schema).path("items"));
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }
}
