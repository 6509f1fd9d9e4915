package com.partnershipgovernance.platform.testing.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/**
 * One operation of a service's OpenAPI document: method, path template, its path and required
 * query parameters (with a value of the right type to call it with) and whether it takes a body.
 */
public record ApiOperation(String method, String path, Map<String, String> pathParameters,
                           Map<String, String> requiredQuery, boolean takesBody) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** Every operation of the OpenAPI document the application under test serves at {@code /q/openapi}. */
    @SuppressWarnings("unchecked")
    public static List<ApiOperation> ofRunningService() {
        io.restassured.path.json.JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, Object> schemas = document.getMap("components.schemas");
        return paths.entrySet().stream()
                .flatMap(path -> path.getValue().entrySet().stream()
                        .filter(op -> METHODS.contains(op.getKey()))
                        .map(op -> of(op.getKey(), path.getKey(), (Map<String, Object>) op.getValue(),
                                (List<Map<String, Object>>) path.getValue().get("parameters"),
                                schemas == null ? Map.of() : schemas)))
                .sorted(java.util.Comparator.comparing(ApiOperation::key))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static ApiOperation of(String method, String path, Map<String, Object> operation,
                                   List<Map<String, Object>> pathLevelParameters, Map<String, Object> schemas) {
        Map<String, String> pathParams = new java.util.LinkedHashMap<>();
        Map<String, String> query = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> parameters = new java.util.ArrayList<>();
        if (pathLevelParameters != null) {
            parameters.addAll(pathLevelParameters);
        }
        if (operation.get("parameters") != null) {
            parameters.addAll((List<Map<String, Object>>) operation.get("parameters"));
        }
        for (Map<String, Object> p : parameters) {
            String name = (String) p.get("name");
            Map<String, Object> schema = resolved((Map<String, Object>) p.getOrDefault("schema", Map.of()), schemas);
            if ("path".equals(p.get("in"))) {
                pathParams.put(name, sampleValue(schema));
            } else if ("query".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))) {
                query.put(name, sampleValue(schema));
            }
        }
        return new ApiOperation(method.toUpperCase(Locale.ROOT), path, pathParams, query,
                operation.containsKey("requestBody"));
    }

    /** The schema a {@code $ref} names (a shared {@code UUID} schema carries the format the parameter lacks). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolved(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")
                && schemas.get(ref.substring("#/components/schemas/".length())) instanceof Map<?, ?> target) {
            return (Map<String, Object>) target;
        }
        return schema;
    }

    /** A value the parameter's schema accepts: a fresh UUID for ids, the first constant of an enum, and so on. */
    @SuppressWarnings("unchecked")
    private static String sampleValue(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> constants && !constants.isEmpty()) {
            return constants.get(0).toString();
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if ("uuid".equals(format)) {
            return UUID.randomUUID().toString();
        }
        return switch (type) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> switch (format) {
                case "date" -> java.time.LocalDate.now().toString();
                case "date-time" -> java.time.OffsetDateTime.now().toString();
                default -> "sweep-" + UUID.randomUUID().toString().substring(0, 8);
            };
        };
    }

    /** {@code METHOD /path/{template}}, the key role tables use. */
    public String key() {
        return method + " " + path;
    }

    public boolean isRead() {
        return "GET".equals(method);
    }

    /** Whether a path parameter is a record id (a UUID); a KPI code or a category is not. */
    public boolean takesIds() {
        return pathParameters.values().stream().anyMatch(ApiOperation::isId);
    }

    private static boolean isId(String sample) {
        return sample.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /**
     * The path with each parameter replaced by the id {@code idsByCollection} gives for the segment before it
     * ({@code /audits/{auditId}/findings/{findingId}} takes the ids of {@code audits} and {@code findings}),
     * else by a fresh sample value (a UUID of no record for an id).
     */
    public String uri(Map<String, String> idsByCollection) {
        String uri = path;
        for (Map.Entry<String, String> p : pathParameters.entrySet()) {
            String value = idsByCollection.getOrDefault(collectionOf(p.getKey()),
                    isId(p.getValue()) ? UUID.randomUUID().toString() : p.getValue());
            uri = uri.replace("{" + p.getKey() + "}", value);
        }
        if (requiredQuery.isEmpty()) {
            return uri;
        }
        return uri + "?" + requiredQuery.entrySet().stream().map(q -> q.getKey() + "=" + q.getValue())
                .collect(Collectors.joining("&"));
    }

    /** The path segment before {@code {parameter}}: {@code partners} for {@code /partners/{id}}. */
    private String collectionOf(String parameter) {
        String before = path.substring(0, path.indexOf("{" + parameter + "}") - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }
}
