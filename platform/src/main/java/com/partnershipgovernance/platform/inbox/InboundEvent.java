package com.partnershipgovernance.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipgovernance.platform.problem.JsonProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CloudEvent received from another service: its envelope and its JSON data. A consumer reads the
 * data into its own type with {@link #dataAs(Class)}; no producer's class crosses the boundary.
 */
public final class InboundEvent {

    private final String id;
    private final String type;
    private final String shortType;
    private final String source;
    private final String subject;
    private final Instant time;
    private final String topic;
    private final JsonNode data;
    private final ObjectMapper mapper;
    private final Validator validator;

    InboundEvent(String id, String type, String shortType, String source, String subject, Instant time,
                 String topic, JsonNode data, ObjectMapper mapper, Validator validator) {
        this.id = id;
        this.type = type;
        this.shortType = shortType;
        this.source = source;
        this.subject = subject;
        this.time = time;
        this.topic = topic;
        this.data = data;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** {@code ce_id}. */
    public String id() {
        return id;
    }

    /** {@code ce_type}, e.g. {@code com.partnershipgovernance.partner.registered.v1}. */
    public String type() {
        return type;
    }

    /** The short type, e.g. {@code partner.registered}. */
    public String shortType() {
        return shortType;
    }

    public String source() {
        return source;
    }

    /** {@code ce_subject}: the aggregate id. */
    public String subject() {
        return subject;
    }

    public Instant time() {
        return time;
    }

    public String topic() {
        return topic;
    }

    public JsonNode data() {
        return data;
    }

    /**
     * The data read into the consumer's own type and checked with its Bean Validation constraints.
     *
     * @throws MalformedEventException if the data does not fit the type: the event is dead-lettered
     */
    public <T> T dataAs(Class<T> type) {
        T value;
        try {
            value = mapper.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping ? JsonProblems.fieldOf(mapping) : "";
            throw new MalformedEventException("Payload of " + shortType + " does not fit " + type.getSimpleName()
                    + (field.isEmpty() ? "" : " at field " + field) + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Payload of " + shortType + " does not fit " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("Payload of " + shortType + " is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return value;
    }
}
