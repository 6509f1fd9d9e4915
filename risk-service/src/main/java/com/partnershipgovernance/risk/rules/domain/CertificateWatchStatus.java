package com.partnershipgovernance.risk.rules.domain;

/** Where a watched certificate stands: watched until it expires, renewed in time, or expired without renewal. */
public enum CertificateWatchStatus {
    WATCHING, RENEWED, EXPIRED
}
