package com.partnershipgovernance.agreement.deviation.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code deviation.classified}: the severity was set or changed. The common fields as they are
 * after the classification ({@code notifiedOnTime} judged for the new severity), and the severity before.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeviationClassified(UUID deviationId, UUID partnerId, UUID sowId, String batchNumber,
                                  String externalRef, String category, String severity, LocalDate occurredOn,
                                  LocalDate reportedOn, Boolean notifiedOnTime, String previousSeverity) {

    public static DeviationClassified of(Deviation d, DeviationSeverity previous) {
        return new DeviationClassified(d.id(), d.partnerId(), d.sowId(), d.batchNumber(), d.externalRef(),
                d.category().name(), d.severity().name(), d.occurredOn(), d.reportedOn(), d.notifiedOnTime(),
                previous == null ? null : previous.name());
    }
}
