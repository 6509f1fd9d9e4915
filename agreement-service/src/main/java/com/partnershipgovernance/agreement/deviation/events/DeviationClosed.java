package com.partnershipgovernance.agreement.deviation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code deviation.closed}: the common fields, the closure date, the days from report to closure,
 * the root cause and how many CAPA actions the deviation had.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeviationClosed(UUID deviationId, UUID partnerId, UUID sowId, String batchNumber, String externalRef,
                              String category, String severity, LocalDate occurredOn, LocalDate reportedOn,
                              Boolean notifiedOnTime, LocalDate closedOn, long daysOpen, String rootCause,
                              int capaCount) {

    public static DeviationClosed of(Deviation d) {
        return new DeviationClosed(d.id(), d.partnerId(), d.sowId(), d.batchNumber(), d.externalRef(),
                d.category().name(), d.severity() == null ? null : d.severity().name(), d.occurredOn(),
                d.reportedOn(), d.notifiedOnTime(), d.closedOn(), d.daysOpen().orElseThrow(), d.rootCause(),
                d.capaActions().size());
    }
}
