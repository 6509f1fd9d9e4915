package com.partnershipgovernance.agreement.shared.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.partnershipgovernance.platform.json.DecimalAmount;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * An amount of money in a request: a decimal with at most two decimals (a JSON number, or a string as the views write
 * it) and an ISO 4217 currency.
 */
@Schema(name = "Money")
public record MoneyRequest(
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 15, fraction = 2) @JsonDeserialize(using = DecimalAmount.class)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "5000000.00",
                description = "a decimal with at most two decimals, as a string (as the views write it) or a JSON number")
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code, e.g. EUR")
        @Schema(example = "EUR") String currency) {
}
