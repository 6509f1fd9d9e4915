package com.partnershipgovernance.agreement.sow.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;

import java.util.List;

/**
 * Keeps a list of values as one JSON text column, and so as one value in the audit trail and in a
 * version comparison.
 */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final JavaType type;

    JsonListConverter(Class<T> element) {
        this.type = JSON.getTypeFactory().constructCollectionType(List.class, element);
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The list cannot be written as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.<List<T>>readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list is not valid JSON", e);
        }
    }

    /** Activities as text. */
    @jakarta.persistence.Converter
    public static class Activities extends JsonListConverter<String> {
        public Activities() {
            super(String.class);
        }
    }

    /** Deliverables with their responsibility. */
    @jakarta.persistence.Converter
    public static class Deliverables extends JsonListConverter<Deliverable> {
        public Deliverables() {
            super(Deliverable.class);
        }
    }

    /** The escalation path, level by level. */
    @jakarta.persistence.Converter
    public static class EscalationPath extends JsonListConverter<EscalationLevel> {
        public EscalationPath() {
            super(EscalationLevel.class);
        }
    }
}
