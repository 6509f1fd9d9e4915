package com.partnershipgovernance.agreement.batch.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.partnershipgovernance.agreement.batch.domain.Batch;
import com.partnershipgovernance.agreement.batch.domain.Disposition;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A manufacturing batch as it stands; its version is its ETag (not in the body). */
@Schema(name = "Batch")
public record BatchView(UUID id, UUID sowId, UUID partnerId,
                        @Schema(example = "ABC123-DS-0007") String batchNumber,
                        @Schema(example = "ABC-123 drug substance") String product,
                        LocalDate manufacturedOn,
                        @Schema(example = "RELEASED") Disposition disposition,
                        LocalDate dispositionedOn,
                        @Schema(example = "u-quality") String dispositionedBy,
                        @Schema(example = "Dana Quality") String dispositionedByName,
                        Instant dispositionedAt,
                        String dispositionReason,
                        boolean rework,
                        List<UUID> deviationIds,
                        @Schema(description = "RELEASED with neither rework nor any deviation; false while PENDING, "
                                + "when REJECTED, and once a deviation is linked") boolean rightFirstTime,
                        Instant createdAt,
                        @JsonIgnore long version) implements Versioned {

    static BatchView of(Batch b) {
        return new BatchView(b.id(), b.sowId(), b.partnerId(), b.batchNumber(), b.product(), b.manufacturedOn(),
                b.disposition(), b.dispositionedOn(), b.dispositionedBy(), b.dispositionedByName(),
                b.dispositionedAt(), b.dispositionReason(), b.isRework(), b.deviationIds(), b.isRightFirstTime(),
                b.createdAt(), b.version());
    }
}
