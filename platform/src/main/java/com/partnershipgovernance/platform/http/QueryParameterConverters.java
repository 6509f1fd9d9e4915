package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.time.AcceptedDates;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads enum, UUID, date and boolean query parameters so that a bad value answers 400 naming the
 * parameter (a boolean is {@code true} or {@code false}, not anything else read as false).
 * JAX-RS would answer 404 for a query parameter it cannot convert, which tells a client nothing.
 * Path parameters keep the standard behaviour: an id that cannot exist is not found.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.toString(type.getEnumConstants());
            return (ParamConverter<T>) converter(name, "must be one of " + allowed, v -> Enum.valueOf(type, v));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "must be a date (YYYY-MM-DD) from " + AcceptedDates.EARLIEST
                    + " to " + AcceptedDates.LATEST, QueryParameterConverters::acceptedDate);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, "must be true or false", QueryParameterConverters::strictBoolean);
        }
        if (rawType == boolean.class) {
            ParamConverter<Boolean> strict = converter(name, "must be true or false", QueryParameterConverters::strictBoolean);
            return (ParamConverter<T>) new ParamConverter<Boolean>() {
                @Override
                public Boolean fromString(String value) {
                    // Quarkus REST hands an absent primitive parameter without @DefaultValue over as "0"
                    if ("0".equals(value)) {
                        return false;
                    }
                    Boolean read = strict.fromString(value);
                    return read != null && read;
                }

                @Override
                public String toString(Boolean value) {
                    return strict.toString(value);
                }
            };
        }
        return null;
    }

    private static LocalDate acceptedDate(String value) {
        if (!DATE.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        LocalDate date = LocalDate.parse(value);
        if (!AcceptedDates.contains(date)) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    private static Boolean strictBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static String queryParameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam) {
                return null;
            }
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new ValidationException(name, expectation + ", not '" + value + "'");
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
