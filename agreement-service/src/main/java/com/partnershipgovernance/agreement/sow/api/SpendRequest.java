package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.shared.api.MoneyRequest;
import com.partnershipgovernance.agreement.sow.domain.SpendKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An invoice or purchase order an ERP posts against a SOW. */
@Schema(name = "SpendRequest")
public record SpendRequest(
        @NotBlank @Size(max = 100)
        @Schema(description = "the ERP's reference, once per SOW", example = "INV-2027-00042")
        String externalRef,
        @NotNull @Schema(example = "INVOICE") SpendKind kind,
        @NotNull @Valid @Schema(description = "in the currency of the SOW budget") MoneyRequest amount,
        @NotNull @Schema(description = "the invoice or order date", example = "2027-03-15") LocalDate date) {
}
