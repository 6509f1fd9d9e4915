package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.platform.problem.ValidationException;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads query parameters as text and converts them here, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer a bare 404 for an unconvertible query parameter).
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static <E extends Enum<E>> Optional<E> enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "must be a UUID");
        }
    }
}
