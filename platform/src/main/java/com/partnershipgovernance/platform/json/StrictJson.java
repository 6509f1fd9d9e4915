package com.partnershipgovernance.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.partnershipgovernance.platform.time.AcceptedDates;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Request bodies are taken as sent or refused, never changed on the way in (CONVENTIONS.md "REST API"): a duplicate
 * key, a number where text or a date belongs (Jackson would store {@code 12345} as a name, or as the 12,345th day
 * after 1970), a string where a number or a boolean belongs, a decimal for a whole number, a NUL character or a lone
 * surrogate in text, and a date outside {@link AcceptedDates} are each a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that these deserializers replace those of the modules Quarkus registers (Java time among them). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // configure(MapperFeature) on a built mapper: Quarkus hands us one
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // numbers and booleans only from their own JSON tokens (a whole number is a valid decimal); text and dates
        // are read by the deserializers below
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float);
        // an enum by its name, never by its position (1 would silently be the second constant)
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule strict = new SimpleModule("platform-strict-input");
        strict.addDeserializer(String.class, new Text());
        strict.addDeserializer(LocalDate.class, new Temporal<>(LocalDate.class, LocalDate::parse,
                AcceptedDates::contains, "a date (YYYY-MM-DD)", AcceptedDates.RANGE));
        strict.addDeserializer(YearMonth.class, new Temporal<>(YearMonth.class, YearMonth::parse,
                month -> AcceptedDates.containsYear(month.getYear()), "a month (YYYY-MM)", "must be a month from "
                        + AcceptedDates.FIRST_YEAR + "-01 to " + AcceptedDates.LAST_YEAR + "-12"));
        strict.addDeserializer(Instant.class, new Temporal<>(Instant.class, text -> OffsetDateTime.parse(text).toInstant(),
                AcceptedDates::contains, "an RFC 3339 timestamp", "must be a time from " + AcceptedDates.EARLIEST
                        + " to " + AcceptedDates.LATEST));
        mapper.registerModule(strict);
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Text only from a JSON string, and only text PostgreSQL stores as sent ({@link TextValues}). */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValueException(p, String.class, "must be a string");
            }
            String text = p.getText();
            String refusal = TextValues.refusal(text);
            if (refusal != null) {
                throw new RefusedValueException(p, String.class, refusal);
            }
            return text;
        }
    }

    /**
     * A date or time only from a JSON string its {@code parse} reads whole, and only within {@link AcceptedDates}
     * (which also refuses the signed years in the millions that {@code java.time} would read).
     */
    static final class Temporal<T> extends StdScalarDeserializer<T> {
        private final Function<String, T> parse;
        private final Predicate<T> accepted;
        private final String expected;
        private final String range;

        Temporal(Class<T> type, Function<String, T> parse, Predicate<T> accepted, String expected, String range) {
            super(type);
            this.parse = parse;
            this.accepted = accepted;
            this.expected = expected;
            this.range = range;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValueException(p, handledType(), "must be " + expected);
            }
            String text = p.getText();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new RefusedValueException(p, handledType(), "must be " + expected + ", not '" + text + "'");
            }
            if (!accepted.test(value)) {
                throw new RefusedValueException(p, handledType(), range);
            }
            return value;
        }
    }
}
