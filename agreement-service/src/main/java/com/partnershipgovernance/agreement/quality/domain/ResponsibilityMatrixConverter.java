package com.partnershipgovernance.agreement.quality.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the responsibility matrix as one JSON text column ({@code {"DOCUMENTATION":"PARTNER",...}}), in area
 * order, so that the audit trail shows the whole matrix before and after a change.
 */
@Converter
public class ResponsibilityMatrixConverter implements AttributeConverter<ResponsibilityMatrix, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<ResponsibilityArea, Responsibility>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(ResponsibilityMatrix matrix) {
        if (matrix == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(matrix.assignments());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The responsibility matrix cannot be written as JSON", e);
        }
    }

    @Override
    public ResponsibilityMatrix convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            Map<ResponsibilityArea, Responsibility> read = new EnumMap<>(ResponsibilityArea.class);
            read.putAll(JSON.readValue(json, MAP));
            return ResponsibilityMatrix.of(read);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored responsibility matrix is not valid JSON", e);
        }
    }
}
