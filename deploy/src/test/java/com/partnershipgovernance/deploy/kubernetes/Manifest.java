package com.partnershipgovernance.deploy.kubernetes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One Kubernetes object as read from YAML: its content and the file it came from. */
record Manifest(Map<String, Object> content, Path source) {

    String apiVersion() {
        return Objects.toString(content.get("apiVersion"), null);
    }

    String kind() {
        return Objects.toString(content.get("kind"), null);
    }

    String name() {
        return string("metadata", "name");
    }

    Map<String, Object> labels() {
        Map<String, Object> labels = map("metadata", "labels");
        return labels == null ? Map.of() : labels;
    }

    /** The value at {@code path} (map keys only), or null when any step is missing. */
    Object at(String... path) {
        return at(content, path);
    }

    Map<String, Object> map(String... path) {
        return asMap(at(path));
    }

    List<Object> list(String... path) {
        Object value = at(path);
        return value instanceof List<?> ? castList(value) : null;
    }

    String string(String... path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return kind() + " " + name() + " (" + source + ")";
    }

    static Object at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }
}
