package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.agreement.partner.domain.KnownPartner;
import com.partnershipgovernance.agreement.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/**
 * Drafting of one kind of agreement: what every kind does when a draft is created or edited. Each kind adds
 * how it is drafted and which of its parties cannot change; lifecycle moves and amendments are
 * {@link AgreementLifecycle}'s.
 *
 * @param <A> the agreements of this kind
 * @param <T> their terms
 */
public abstract class AgreementDrafting<A extends VersionedAgreement<?, T>, T extends AgreementTerms> {

    @Inject
    protected KnownPartnerRepository partners;

    @Inject
    protected ChangeContext changeContext;

    @Inject
    protected Clock clock;

    /** The lifecycle of this kind, which finds its agreements under the caller's precondition. */
    protected abstract AgreementLifecycle<A, ?> lifecycle();

    /**
     * The partner to contract with.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when no such partner was announced
     */
    protected KnownPartner requireKnownPartner(UUID partnerId) {
        // a placeholder (an event about a partner not registered yet) is no partner to contract with
        return partners.findByIdOptional(partnerId).filter(p -> p.legalName() != null)
                .orElseThrow(() -> BusinessRuleException.onField("partnerId",
                        "is not a partner known to agreement-service (registered in partner-service)"));
    }

    /** Keeps a new agreement. */
    protected A persist(A agreement) {
        lifecycle().agreements().persistAndFlush(agreement);
        return agreement;
    }

    /**
     * Replaces the terms of the latest version of {@code agreement}, a DRAFT. A version that was in review, or
     * an amendment, needs the reason ({@code X-Change-Reason}).
     */
    protected A revise(A agreement, T terms) {
        if (agreement.latest().needsReasonForEdits()) {
            changeContext.requireReason();
        }
        agreement.revise(terms, clock.instant());
        lifecycle().agreements().flush();
        return agreement;
    }

    /**
     * @throws BusinessRuleException (422) naming {@code partnerId} when the body names another partner
     */
    protected static void requireSamePartner(VersionedAgreement<?, ?> agreement, UUID partnerId) {
        if (!agreement.partnerId().equals(partnerId)) {
            throw BusinessRuleException.onField("partnerId", "cannot change: an agreement stays with its partner");
        }
    }
}
