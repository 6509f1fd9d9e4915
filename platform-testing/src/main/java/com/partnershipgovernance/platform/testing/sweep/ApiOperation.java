package com.partnershipgovernance.platform.testing.sweep;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

/**
 * One operation of an OpenAPI document, with its parameters and request body schema resolved.
 *
 * @param bodySchema the JSON request body's schema ({@code $ref}s resolved lazily by {@link OpenApiSchemas}),
 *                   or {@code null} when the operation takes no JSON body
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

    /** A path or query parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** {@code METHOD /path/{template}}. */
    public String label() {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    public boolean hasBody() {
        return bodySchema != null;
    }

    public List<Parameter> parametersIn(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }
}
