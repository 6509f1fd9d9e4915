package com.partnershipgovernance.partner.team.api;

import com.partnershipgovernance.partner.team.domain.ContinuityNoteKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A dated note on turnover or continuity at the partner. */
@Schema(name = "ContinuityNoteRequest")
public record ContinuityNoteRequest(
        @NotNull @Schema(example = "2026-11-02") LocalDate notedOn,
        @NotNull ContinuityNoteKind kind,
        @NotBlank @Size(max = 10000) @Schema(example = "Second QC analyst resigned; backlog plan agreed")
        String note,
        @Schema(description = "the team member the note is about, if any") UUID teamMemberId) {
}
