package com.partnershipgovernance.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.sweep.OpenApiSchemas;
import io.restassured.response.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that a running service's OpenAPI document tells an integrator the truth about its answers.
 * <p>
 * From the document alone: every operation documents a 2xx answer, and every 2xx answer other than 204
 * documents a non-empty content schema (the services answer every such status with a body). From real
 * answers the caller observed ({@link #observe}): the status really answered is one the operation
 * documents (a creating POST answering 201 must not document 200), and the body really answered has the
 * shape its documented schema describes (an object is not documented as an array). {@link #assertHonoured()}
 * fails listing every violation at once, so one run shows all that needs fixing.
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final OpenApiSchemas schemas;
    private final List<String> observed = new ArrayList<>();

    private OpenApiContract(String json) {
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable OpenAPI document", e);
        }
        this.schemas = OpenApiSchemas.parse(json);
    }

    /** The contract of the service under test, read from its {@code /q/openapi?format=json}. */
    public static OpenApiContract ofRunningService() {
        return of(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    /** The contract written in {@code json} (an OpenAPI 3.0 or 3.1 document). */
    public static OpenApiContract of(String json) {
        return new OpenApiContract(json);
    }

    /**
     * Compares a real answer of the operation {@code method pathTemplate} (as the document spells it, e.g.
     * {@code /partners/{id}}) with what the document says of it; a mismatch is kept as a violation.
     *
     * @return this contract, to chain observations
     */
    public OpenApiContract observe(String method, String pathTemplate, Response answer) {
        String operationName = method.toUpperCase(Locale.ROOT) + " " + pathTemplate;
        JsonNode operation = document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            observed.add(operationName + " answered " + answer.statusCode() + " but the document has no such operation");
            return this;
        }
        int status = answer.statusCode();
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException(operationName + " answered " + status
                    + ": observe successful answers only (" + answer.asString() + ")");
        }
        JsonNode responses = operation.path("responses");
        JsonNode documented = responses.path(String.valueOf(status));
        if (documented.isMissingNode()) {
            observed.add(operationName + " answers " + status + " but documents " + successCodes(responses));
            return this;
        }
        String body = answer.asString();
        if (body == null || body.isEmpty()) {
            return this;
        }
        JsonNode schema = schemaFor(documented, answer.contentType());
        if (schema == null || isEmptySchema(schema)) {
            observed.add(operationName + " answers " + status + " with a body its document gives no schema for");
            return this;
        }
        if (answer.contentType() != null && answer.contentType().contains("json")) {
            try {
                List<String> mismatches = new ArrayList<>();
                compare(JSON.readTree(body), schema, "body", mismatches, 0);
                mismatches.forEach(m -> observed.add(operationName + " " + status + ": " + m));
            } catch (IOException e) {
                observed.add(operationName + " answers " + status + " with unreadable JSON");
            }
        }
        return this;
    }

    /** Every violation: those of the document itself, then those of the answers observed. */
    public List<String> violations() {
        List<String> all = new ArrayList<>(documentViolations());
        all.addAll(observed);
        return all;
    }

    /** Fails listing every violation, if there is any. */
    public void assertHonoured() {
        List<String> violations = violations();
        assertTrue(violations.isEmpty(), () -> violations.size() + " OpenAPI contract violation(s):\n  "
                + String.join("\n  ", violations));
    }

    private List<String> documentViolations() {
        List<String> violations = new ArrayList<>();
        Map<String, JsonNode> paths = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(p -> paths.put(p.getKey(), p.getValue()));
        paths.forEach((path, item) -> item.fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String operationName = op.getKey().toUpperCase(Locale.ROOT) + " " + path;
            JsonNode responses = op.getValue().path("responses");
            List<String> success = successCodes(responses);
            if (success.isEmpty()) {
                violations.add(operationName + " documents no 2xx answer");
            }
            for (String code : success) {
                if (code.equals("204")) {
                    continue;
                }
                JsonNode content = responses.path(code).path("content");
                if (!content.isObject() || content.isEmpty()) {
                    violations.add(operationName + " documents " + code + " without content");
                    continue;
                }
                content.fields().forEachRemaining(type -> {
                    if (isEmptySchema(type.getValue().path("schema"))) {
                        violations.add(operationName + " documents " + code + " " + type.getKey()
                                + " with an empty schema");
                    }
                });
            }
        }));
        return violations;
    }

    private static List<String> successCodes(JsonNode responses) {
        List<String> codes = new ArrayList<>();
        for (Iterator<String> names = responses.fieldNames(); names.hasNext(); ) {
            String code = names.next();
            if (code.length() == 3 && code.startsWith("2")) {
                codes.add(code);
            }
        }
        return codes;
    }

    private JsonNode schemaFor(JsonNode response, String contentType) {
        JsonNode content = response.path("content");
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (content.has(type)) {
            return content.path(type).path("schema");
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = content.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getKey().contains("json") == type.contains("json") || entry.getKey().equals("*/*")) {
                return entry.getValue().path("schema");
            }
        }
        return null;
    }

    /** A schema that says nothing of the body: missing, {@code {}}, or only a description. */
    private boolean isEmptySchema(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return true;
        }
        JsonNode resolved = schemas.resolve(schema);
        for (String key : List.of("type", "properties", "items", "additionalProperties", "enum", "$ref", "allOf",
                "anyOf", "oneOf", "format")) {
            if (resolved.has(key)) {
                return false;
            }
        }
        return true;
    }

    /** Records where {@code value} does not have the shape {@code schema} gives it. */
    private void compare(JsonNode value, JsonNode schema, String where, List<String> mismatches, int depth) {
        if (value == null || value.isNull() || depth > 30) {
            return;
        }
        JsonNode resolved = schemas.resolve(schema);
        String type = schemas.typeOf(resolved);
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    mismatches.add(where + " is " + kind(value) + " but documented as an object");
                    return;
                }
                Map<String, JsonNode> properties = schemas.propertiesOf(resolved);
                JsonNode additional = resolved.path("additionalProperties");
                value.fields().forEachRemaining(field -> {
                    JsonNode propertySchema = properties.get(field.getKey());
                    if (propertySchema == null && additional.isObject()) {
                        propertySchema = additional;
                    }
                    if (propertySchema != null) {
                        compare(field.getValue(), propertySchema, where + "." + field.getKey(), mismatches, depth + 1);
                    }
                });
            }
            case "array" -> {
                if (!value.isArray()) {
                    mismatches.add(where + " is " + kind(value) + " but documented as an array");
                    return;
                }
                JsonNode items = resolved.path("items");
                for (int i = 0; i < value.size(); i++) {
                    compare(value.get(i), items, where + "[" + i + "]", mismatches, depth + 1);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    mismatches.add(where + " is " + kind(value) + " but documented as a string");
                }
            }
            case "integer", "number" -> {
                if (!value.isNumber()) {
                    mismatches.add(where + " is " + kind(value) + " but documented as a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    mismatches.add(where + " is " + kind(value) + " but documented as a boolean");
                }
            }
            default -> {
                // no type documented at this depth (a free-form value): nothing to compare
            }
        }
    }

    private static String kind(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isBoolean() ? "a boolean" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
