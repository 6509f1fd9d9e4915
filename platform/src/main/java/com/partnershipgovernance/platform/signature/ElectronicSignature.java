package com.partnershipgovernance.platform.signature;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * A signed decision (Part 11 §11.50, §11.70): signer id and printed name, time, meaning, and the
 * record it was applied to, pinned by the record's version and the SHA-256 of its canonical JSON,
 * so that a later change to the signed content shows the signature no longer matches.
 */
@Embeddable
public class ElectronicSignature {

    @Column(name = "signer_id")
    private String signerId;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "meaning")
    private SignatureMeaning meaning;

    @Column(name = "record_version")
    private Long recordVersion;

    @Column(name = "record_sha256")
    private String recordSha256;

    protected ElectronicSignature() {
    }

    ElectronicSignature(String signerId, String signerName, Instant signedAt, SignatureMeaning meaning,
                        long recordVersion, String recordSha256) {
        this.signerId = signerId;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.meaning = meaning;
        this.recordVersion = recordVersion;
        this.recordSha256 = recordSha256;
    }

    public String signerId() {
        return signerId;
    }

    public String signerName() {
        return signerName;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public SignatureMeaning meaning() {
        return meaning;
    }

    public long recordVersion() {
        return recordVersion;
    }

    public String recordSha256() {
        return recordSha256;
    }
}
