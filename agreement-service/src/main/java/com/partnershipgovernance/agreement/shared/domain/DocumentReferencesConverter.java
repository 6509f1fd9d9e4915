package com.partnershipgovernance.agreement.shared.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Keeps a list of document references as one JSON text column (and so as one value in the audit trail). */
@Converter
public class DocumentReferencesConverter implements AttributeConverter<List<DocumentReference>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<DocumentReference>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<DocumentReference> documents) {
        try {
            return JSON.writeValueAsString(documents == null ? List.of() : documents);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Document references cannot be written as JSON", e);
        }
    }

    @Override
    public List<DocumentReference> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored document references are not valid JSON", e);
        }
    }
}
