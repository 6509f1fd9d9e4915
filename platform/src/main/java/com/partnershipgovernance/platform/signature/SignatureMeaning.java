package com.partnershipgovernance.platform.signature;

/** What a signer means by signing (21 CFR Part 11 §11.50(a)(3)). */
public enum SignatureMeaning {
    AUTHORSHIP, REVIEW, APPROVAL, RESPONSIBILITY
}
