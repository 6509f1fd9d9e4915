package com.partnershipgovernance.partner.team.api;

import com.partnershipgovernance.partner.team.domain.TeamRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A person of the partner's team. */
@Schema(name = "TeamMemberRequest")
public record TeamMemberRequest(
        @NotNull TeamRole role,
        @NotBlank @Size(max = 200) @Schema(example = "Dr. Ingrid Solberg") String name,
        @Size(max = 200) @Schema(example = "Head of Analytical Development") String title,
        @Email @Size(max = 320) @Schema(example = "ingrid.solberg@example.com") String email,
        @NotNull @Schema(example = "2024-01-15") LocalDate joinedOn) {

    String strippedTitle() {
        return title == null || title.isBlank() ? null : title.strip();
    }
}
