package com.partnershipgovernance.platform.testing.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The JSON fields a record type reads, compared with a documented example payload. */
final class InboundFields {

    private InboundFields() {
    }

    /** The JSON name of a component: its {@code @JsonProperty} name if it has one. */
    static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAnnotation(JsonProperty.class);
        }
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    /** The paths (e.g. {@code budget.amount}) that {@code type} reads and {@code example} does not carry. */
    static List<String> undocumented(Class<?> type, JsonNode example) {
        List<String> missing = new ArrayList<>();
        collect(type, example, "", missing);
        return missing;
    }

    private static void collect(Class<?> type, JsonNode example, String prefix, List<String> missing) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + jsonName(component);
            if (!example.has(jsonName(component))) {
                missing.add(path);
                continue;
            }
            JsonNode value = example.get(jsonName(component));
            Class<?> nested = nestedRecord(component);
            if (nested == null) {
                continue;
            }
            JsonNode shape = value.isArray() ? value.path(0) : value;
            if (!shape.isObject()) {
                // a record read from a value the example shows as null or empty: its fields are not documented
                missing.add(path + ".*");
            } else {
                collect(nested, shape, path + ".", missing);
            }
        }
    }

    /** The record a component holds, itself or as the elements of a collection or array; else null. */
    private static Class<?> nestedRecord(RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isRecord()) {
            return type;
        }
        if (type.isArray() && type.getComponentType().isRecord()) {
            return type.getComponentType();
        }
        if (Collection.class.isAssignableFrom(type)
                && component.getGenericType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                return elementClass;
            }
        }
        return null;
    }
}
