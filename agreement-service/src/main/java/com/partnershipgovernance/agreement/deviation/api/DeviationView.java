package com.partnershipgovernance.agreement.deviation.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.partnershipgovernance.agreement.deviation.DeviationSignedContent;
import com.partnershipgovernance.agreement.deviation.domain.CapaAction;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.deviation.domain.DeviationCategory;
import com.partnershipgovernance.agreement.deviation.domain.DeviationStatus;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureView;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deviation with its CAPA actions and, once closed, the closure signature. Its version is its ETag (not in the
 * body).
 */
@Schema(name = "Deviation")
public record DeviationView(UUID id,
                            UUID partnerId,
                            UUID sowId,
                            @Schema(example = "DS-2027-0042") String batchNumber,
                            @Schema(example = "QMS-DEV-12345") String externalRef,
                            DeviationCategory category,
                            DeviationSeverity severity,
                            LocalDate occurredOn,
                            LocalDate reportedOn,
                            @Schema(description = "judged by the quality agreement in force when it occurred; null "
                                    + "before classification or without one") Boolean notifiedOnTime,
                            String description,
                            String investigation,
                            String rootCause,
                            DeviationStatus status,
                            LocalDate closedOn,
                            Long daysOpen,
                            List<CapaActionView> capaActions,
                            SignatureView closureSignature,
                            Instant createdAt,
                            Instant updatedAt,
                            @JsonIgnore long version) implements Versioned {

    /** One CAPA action. */
    @Schema(name = "CapaAction")
    public record CapaActionView(UUID id, @Schema(example = "1") int number, String description, String owner,
                                 LocalDate dueOn, LocalDate checkedOn, String effectivenessCheck, Boolean effective,
                                 LocalDate closedOn, boolean open) {

        static CapaActionView of(CapaAction a) {
            return new CapaActionView(a.id(), a.number(), a.description(), a.owner(), a.dueOn(), a.checkedOn(),
                    a.effectivenessCheck(), a.effective(), a.closedOn(), a.isOpen());
        }
    }

    static DeviationView of(Deviation d) {
        return new DeviationView(d.id(), d.partnerId(), d.sowId(), d.batchNumber(), d.externalRef(), d.category(),
                d.severity(), d.occurredOn(), d.reportedOn(), d.notifiedOnTime(), d.description(), d.investigation(),
                d.rootCause(), d.status(), d.closedOn(), d.daysOpen().orElse(null),
                d.capaActions().stream().map(CapaActionView::of).toList(),
                ElectronicSignatures.view(d.closureSignature(), DeviationSignedContent.of(d)), d.createdAt(),
                d.updatedAt(), d.version());
    }
}
