package com.partnershipgovernance.agreement.sow.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.shared.domain.Money;

import java.util.UUID;

/**
 * Payload of {@code sow.spend-recorded} (topic {@code agreement.events.v1}, key = the SOW id): an invoice or
 * purchase order posted against a SOW, with the budget and the spend (invoiced) to date after it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SpendRecorded(UUID sowId, UUID partnerId, String externalRef, MoneyPayload amount,
                            MoneyPayload budget, MoneyPayload spentToDate, String periodMonth) {

    public static final String TYPE = "sow.spend-recorded";
    public static final String AGGREGATE = "StatementOfWork";

    /** Money as EVENTS.md writes it: the amount as decimal text and the currency. */
    public record MoneyPayload(String amount, String currency) {
        public static MoneyPayload of(Money money) {
            return new MoneyPayload(money.amountText(), money.currency());
        }
    }
}
