package com.partnershipgovernance.platform.signature;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A signature as shown with its record, including whether the record still matches what was signed. */
@Schema(name = "ElectronicSignature")
public record SignatureView(@Schema(example = "u-1234") String signerId,
                            @Schema(example = "Dana Quality") String signerName,
                            Instant signedAt,
                            SignatureMeaning meaning,
                            @Schema(example = "3") long recordVersion,
                            String recordSha256,
                            @Schema(description = "false when the signed content changed after signing")
                            boolean matchesRecord) {
}
