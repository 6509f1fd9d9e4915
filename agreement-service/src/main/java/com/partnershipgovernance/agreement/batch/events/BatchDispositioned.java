package com.partnershipgovernance.agreement.batch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.batch.domain.Batch;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code batch.dispositioned} (topic {@code agreement.events.v1}, key = the batch id): a batch was
 * released or rejected, with whether it was right first time.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BatchDispositioned(UUID batchId, UUID sowId, UUID partnerId, String batchNumber, String disposition,
                                 boolean rightFirstTime, LocalDate dispositionedOn) {

    public static final String TYPE = "batch.dispositioned";
    public static final String AGGREGATE = "Batch";

    public static BatchDispositioned of(Batch batch) {
        return new BatchDispositioned(batch.id(), batch.sowId(), batch.partnerId(), batch.batchNumber(),
                batch.disposition().name(), batch.isRightFirstTime(), batch.dispositionedOn());
    }
}
