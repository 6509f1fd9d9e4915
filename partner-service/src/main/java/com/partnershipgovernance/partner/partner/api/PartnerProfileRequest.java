package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.domain.Capability;
import com.partnershipgovernance.partner.partner.domain.EngagementModel;
import com.partnershipgovernance.partner.partner.domain.Modality;
import com.partnershipgovernance.partner.partner.domain.PartnerProfile;
import com.partnershipgovernance.partner.partner.domain.PartnerType;
import com.partnershipgovernance.partner.partner.domain.Scale;
import com.partnershipgovernance.partner.partner.domain.ServiceModel;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;
import java.util.Set;

/** A partner's profile: only legal name and type are required; the rest comes with evaluation. */
@Schema(name = "PartnerProfile")
public record PartnerProfileRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Acme Biologics GmbH") String legalName,
        @NotNull @Schema(example = "CDMO") PartnerType type,
        @Schema(example = "FULL_SERVICE") ServiceModel serviceModel,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. DE")
        @Schema(example = "DE") String headquartersCountry,
        @Schema(example = "PREFERRED_PROVIDER") EngagementModel engagementModel,
        @Size(max = 20) Set<@NotNull Modality> modalities,
        @Size(max = 50) Set<@NotNull Capability> capabilities,
        @Size(max = 3) Set<@NotNull Scale> scales) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    PartnerProfile toProfile() {
        if (headquartersCountry != null && !COUNTRIES.contains(headquartersCountry)) {
            throw new ValidationException("headquartersCountry", "is not an ISO 3166-1 country code");
        }
        return new PartnerProfile(legalName, type, serviceModel, headquartersCountry, engagementModel, modalities,
                capabilities, scales);
    }
}
