package com.partnershipgovernance.platform.signature;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signing part of a signed action's body: what the signer means by signing. */
@Schema(name = "SignatureRequest")
public record SignatureRequest(@NotNull @Schema(example = "APPROVAL") SignatureMeaning meaning) {
}
