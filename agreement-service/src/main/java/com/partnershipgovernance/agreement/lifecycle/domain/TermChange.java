package com.partnershipgovernance.agreement.lifecycle.domain;

/** One field of an agreement's terms that differs between two versions. */
public record TermChange(String field, Object from, Object to) {
}
