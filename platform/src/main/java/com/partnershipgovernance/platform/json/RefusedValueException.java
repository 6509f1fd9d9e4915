package com.partnershipgovernance.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value refused as sent (a number where text belongs, a NUL character, a date outside the accepted range),
 * with the reason a client reads; Jackson adds the path of the field as the exception travels out.
 */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    public RefusedValueException(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    /** Why the value was refused, e.g. {@code must be a string}. */
    public String reason() {
        return reason;
    }
}
