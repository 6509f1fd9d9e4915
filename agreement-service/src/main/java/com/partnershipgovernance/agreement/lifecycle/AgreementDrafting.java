package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.audit.ChangeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Drafting of agreements of every kind: a draft is created from a request as its kind makes it, and the
 * latest version, a DRAFT, is edited under the agreement's ETag. Lifecycle moves and amendments are
 * {@link AgreementLifecycle}'s.
 */
@ApplicationScoped
public class AgreementDrafting {

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    Parties parties;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /**
     * Drafts version 1 of a new agreement of {@code kind}.
     *
     * @throws com.partnershipgovernance.platform.problem.BusinessRuleException (422) naming the party the
     *                                                                          request names when it is unknown
     */
    @Transactional
    public <A extends VersionedAgreement<?, T>, T extends AgreementTerms, R extends AgreementRequest<T>> A draft(
            KindOfAgreement<A, ?, T, R> kind, R request) {
        A agreement = kind.draft(request, parties, clock.instant());
        kind.agreements().persistAndFlush(agreement);
        return agreement;
    }

    /**
     * Replaces the terms of the latest version, a DRAFT, under the agreement's ETag. A version that was in
     * review, or an amendment, needs the reason ({@code X-Change-Reason}).
     *
     * @throws com.partnershipgovernance.platform.problem.BusinessRuleException (422) when the request changes
     *                                                                          what the kind keeps (the partner)
     */
    @Transactional
    public <A extends VersionedAgreement<?, T>, T extends AgreementTerms, R extends AgreementRequest<T>> A revise(
            KindOfAgreement<A, ?, T, R> kind, UUID id, String ifMatch, R request) {
        T terms = request.toTerms();
        A agreement = lifecycle.load(kind, id, ifMatch);
        kind.checkRevision(agreement, request, terms);
        if (agreement.latest().needsReasonForEdits()) {
            changeContext.requireReason();
        }
        agreement.revise(terms, clock.instant());
        kind.agreements().flush();
        return agreement;
    }
}
