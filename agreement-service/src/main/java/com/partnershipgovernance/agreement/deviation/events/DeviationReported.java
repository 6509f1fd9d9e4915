package com.partnershipgovernance.agreement.deviation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code deviation.reported}: the common deviation fields of EVENTS.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeviationReported(UUID deviationId, UUID partnerId, UUID sowId, String batchNumber, String externalRef,
                                String category, String severity, LocalDate occurredOn, LocalDate reportedOn,
                                Boolean notifiedOnTime) {

    public static DeviationReported of(Deviation d) {
        return new DeviationReported(d.id(), d.partnerId(), d.sowId(), d.batchNumber(), d.externalRef(),
                d.category().name(), d.severity() == null ? null : d.severity().name(), d.occurredOn(),
                d.reportedOn(), d.notifiedOnTime());
    }
}
