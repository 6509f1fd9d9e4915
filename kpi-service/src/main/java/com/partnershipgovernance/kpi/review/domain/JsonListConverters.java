package com.partnershipgovernance.kpi.review.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores the attendees, decisions and actions of a review as JSON text columns. */
public final class JsonListConverters {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private JsonListConverters() {
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value, e);
        }
    }

    private static <T> List<T> read(String text, TypeReference<List<T>> type) {
        try {
            return text == null ? List.of() : List.copyOf(JSON.readValue(text, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored JSON " + text, e);
        }
    }

    /** Attendees as JSON. */
    @Converter
    public static class Attendees implements AttributeConverter<List<Attendee>, String> {
        @Override
        public String convertToDatabaseColumn(List<Attendee> attribute) {
            return write(attribute);
        }

        @Override
        public List<Attendee> convertToEntityAttribute(String dbData) {
            return read(dbData, new TypeReference<>() { });
        }
    }

    /** Decisions as JSON. */
    @Converter
    public static class Decisions implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> attribute) {
            return write(attribute);
        }

        @Override
        public List<String> convertToEntityAttribute(String dbData) {
            return read(dbData, new TypeReference<>() { });
        }
    }

    /** Actions as JSON. */
    @Converter
    public static class Actions implements AttributeConverter<List<ReviewAction>, String> {
        @Override
        public String convertToDatabaseColumn(List<ReviewAction> attribute) {
            return write(attribute);
        }

        @Override
        public List<ReviewAction> convertToEntityAttribute(String dbData) {
            return read(dbData, new TypeReference<>() { });
        }
    }
}
