package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.platform.http.Versioned;

/**
 * What the API answers about one agreement: its ETag is the agreement record's version, which stays out of the
 * body because there {@code version} names the number of the agreement's latest (or reviewed) version.
 */
public interface AgreementAnswer extends Versioned {

    /** The agreement record's version, as its optimistic lock counts it (not shown in the body). */
    long recordVersion();

    @Override
    default long version() {
        return recordVersion();
    }
}
