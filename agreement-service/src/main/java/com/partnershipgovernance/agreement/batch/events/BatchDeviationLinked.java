package com.partnershipgovernance.agreement.batch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.batch.domain.Batch;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code batch.deviation-linked} (topic {@code agreement.events.v1}, key = the batch id): a deviation
 * was linked to a batch, possibly after its disposition, with the batch's right-first-time status as it now
 * stands. A released batch announced right first time is no longer once a deviation is linked.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BatchDeviationLinked(UUID batchId, UUID sowId, UUID partnerId, String batchNumber, UUID deviationId,
                                   String disposition, boolean rightFirstTime, LocalDate dispositionedOn) {

    public static final String TYPE = "batch.deviation-linked";

    public static BatchDeviationLinked of(Batch batch, UUID deviationId) {
        return new BatchDeviationLinked(batch.id(), batch.sowId(), batch.partnerId(), batch.batchNumber(),
                deviationId, batch.disposition().name(), batch.isRightFirstTime(), batch.dispositionedOn());
    }
}
