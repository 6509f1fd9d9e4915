package com.partnershipgovernance.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money read as a JSON number or as the decimal string the platform writes ({@code "5000000.00"}, so that
 * no binary floating point touches it): a string that is exactly a decimal is the amount as sent, anything else (an
 * exponent, spaces, {@code "12,5"}, {@code true}) is refused naming the field. Put it on the field with
 * {@code @JsonDeserialize(using = DecimalAmount.class)}; every other number stays a JSON number only ({@link StrictJson}).
 */
public class DecimalAmount extends StdScalarDeserializer<BigDecimal> {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    public DecimalAmount() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return p.getDecimalValue();
        }
        if (p.hasToken(JsonToken.VALUE_STRING) && DECIMAL.matcher(p.getText()).matches()) {
            return new BigDecimal(p.getText());
        }
        throw new RefusedValueException(p, BigDecimal.class,
                "must be a decimal amount, as a JSON number or a string such as \"5000000.00\"");
    }
}
