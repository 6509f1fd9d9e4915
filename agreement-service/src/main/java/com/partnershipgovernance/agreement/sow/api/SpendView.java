package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.shared.api.MoneyView;
import com.partnershipgovernance.agreement.sow.domain.BudgetPosition;
import com.partnershipgovernance.agreement.sow.domain.SpendKind;
import com.partnershipgovernance.agreement.sow.domain.SpendLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A posting against a SOW. */
@Schema(name = "SpendLine")
public record SpendView(UUID id, UUID sowId, @Schema(example = "INV-2027-00042") String externalRef,
                        @Schema(example = "INVOICE") SpendKind kind, MoneyView amount, LocalDate date,
                        Instant recordedAt) {

    static SpendView of(SpendLine line) {
        return new SpendView(line.id(), line.sowId(), line.externalRef(), line.kind(), MoneyView.of(line.amount()),
                line.postedOn(), line.recordedAt());
    }

    /** The budget against the spend: invoiced, committed by purchase orders, variance and share spent. */
    @Schema(name = "BudgetPosition")
    public record Position(MoneyView budget,
                           @Schema(description = "sum of invoices") MoneyView spentToDate,
                           @Schema(description = "sum of purchase orders") MoneyView committedToDate,
                           @Schema(description = "budget - spentToDate: negative when over budget") MoneyView variance,
                           @Schema(description = "spentToDate / budget in percent, one decimal; null for a zero "
                                   + "budget", example = "42.5") BigDecimal percentSpent) {

        static Position of(BudgetPosition p) {
            return new Position(MoneyView.of(p.budget()), MoneyView.of(p.spentToDate()),
                    MoneyView.of(p.committedToDate()), MoneyView.of(p.variance()), p.percentSpent());
        }
    }

    /** The postings of a SOW with its budget position. */
    @Schema(name = "SowSpend")
    public record Lines(UUID sowId, Position position, List<SpendView> items) {
    }
}
