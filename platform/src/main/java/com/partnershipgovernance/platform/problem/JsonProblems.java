package com.partnershipgovernance.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.partnershipgovernance.platform.json.RefusedValueException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Unreadable request bodies as a 400 problem naming the field and the expected kind of value,
 * in the words of a JSON client, never Java class names.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    static Problem from(JsonProcessingException e) {
        JsonParseException parse = parseFailureIn(e);
        Problem duplicate = parse == null ? null : duplicateKey(parse);
        if (duplicate != null) {
            return duplicate;
        }
        if (parse != null) {
            String where = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = fieldOf(mapping);
            String message = messageFor(mapping);
            if (field.isEmpty()) {
                return Problem.of(ProblemType.MALFORMED_REQUEST, "The body " + message);
            }
            return Problem.of(ProblemType.MALFORMED_REQUEST, field + " " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The body could not be read as JSON");
    }

    /** A key sent twice in one object ({@code JsonParser.Feature.STRICT_DUPLICATE_DETECTION}), named by its path. */
    private static Problem duplicateKey(JsonParseException parse) {
        String message = parse.getOriginalMessage();
        JsonParser parser = parse.getProcessor();
        if (message == null || !message.startsWith("Duplicate field '") || parser == null) {
            return null;
        }
        String field = pathOf(parser.getParsingContext());
        String reason = "is sent more than once; send each field once";
        return Problem.of(ProblemType.MALFORMED_REQUEST, field + " " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    /** {@code sites[0].country} for the parser's position, from the outermost object in. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static JsonParseException parseFailureIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** The JSON path of the value that failed, e.g. {@code sites[0].country}; empty for the whole body. */
    public static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
            }
            return "has an invalid value '" + invalid.getValue() + "'; expected " + describe(target);
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null
                && instantiation.getCause().getMessage() != null) {
            return instantiation.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            if (target == null) {
                return "is incomplete or not valid JSON";
            }
            return "has the wrong type; expected " + describe(target);
        }
        return "could not be read";
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == YearMonth.class) {
            return "a month (YYYY-MM)";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an RFC 3339 timestamp";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class
                || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == BigInteger.class || type == Integer.class || type == int.class
                || type == Long.class || type == long.class || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }
}
