package com.partnershipgovernance.agreement.shared.domain;

import java.util.Objects;

/**
 * A signed or draft contract document kept in the sponsor's document management system: the service
 * stores where it is (URI) and its SHA-256, so that anyone can check the file is the one agreed.
 */
public record DocumentReference(String title, String uri, String sha256) {

    public DocumentReference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
    }
}
