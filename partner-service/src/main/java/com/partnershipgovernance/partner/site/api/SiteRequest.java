package com.partnershipgovernance.partner.site.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new site of a partner. */
@Schema(name = "SiteRequest")
public record SiteRequest(@NotBlank @Size(max = 300) @Schema(example = "Basel fill-finish plant") String name,
                          @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                          @Schema(example = "CH") String country) {
}
