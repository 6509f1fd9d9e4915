package com.partnershipgovernance.agreement.shared.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.partnershipgovernance.agreement.shared.domain.Money;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Money with its amount as decimal text (EVENTS.md money). */
@Schema(name = "MoneyView")
public record MoneyView(@JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING,
                                example = "5000000.00") BigDecimal amount,
                        @Schema(example = "EUR") String currency) {

    /** The view of {@code money}, or null when there is none. */
    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.amount(), money.currency());
    }
}
