package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;

import java.util.UUID;

/**
 * A request that drafts an agreement or replaces its draft's terms, whatever its kind.
 *
 * @param <T> the terms of the kind
 */
public interface AgreementRequest<T extends AgreementTerms> {

    /** The terms, once the checks Bean Validation cannot express passed (else 400 naming the field). */
    T toTerms();

    /** The partner the request names, or null for a kind whose partner comes from elsewhere (a SOW's MSA). */
    UUID partnerId();
}
