package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionsOfKind;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.time.Instant;
import java.util.UUID;

/**
 * What one kind of agreement (MSA, SOW, quality agreement) adds to the shared agreement feature: its
 * agreements and versions, how a draft is made from a request, and its own rules for executing and announcing.
 * Everything else (lifecycle, signatures, amendments, comparison, reviews, history, access) is shared and
 * asks the kind. One CDI bean per kind.
 *
 * @param <A> the agreements of this kind
 * @param <V> their versions
 * @param <T> their terms
 * @param <R> the request that drafts one or edits its draft
 */
public abstract class KindOfAgreement<A extends VersionedAgreement<V, T>, V extends AgreementVersion<T>,
        T extends AgreementTerms, R extends AgreementRequest<T>> {

    private final AgreementKind kind;
    private final PanacheRepositoryBase<A, UUID> agreements;
    private final VersionsOfKind<V> versions;
    private final Drafter<A, T> drafter;

    /**
     * @param drafter drafts an agreement with the partner a request names; null for a kind that overrides
     *                {@link #draft}
     */
    protected KindOfAgreement(AgreementKind kind, PanacheRepositoryBase<A, UUID> agreements,
                              VersionsOfKind<V> versions, Drafter<A, T> drafter) {
        this.kind = kind;
        this.agreements = agreements;
        this.versions = versions;
        this.drafter = drafter;
    }

    /** Drafts a new agreement with a partner: version 1, DRAFT. */
    @FunctionalInterface
    public interface Drafter<A, T> {
        A draft(UUID partnerId, T terms, Instant now);
    }

    /**
     * A new agreement, version 1 DRAFT, from {@code request}: by default with the partner the request names.
     *
     * @param parties finds the partner the request names (422 naming {@code partnerId} when unknown)
     */
    protected A draft(R request, Parties parties, Instant now) {
        T terms = request.toTerms();
        return drafter.draft(parties.requireKnownPartner(request.partnerId()).id(), terms, now);
    }

    /**
     * Checks an edit of {@code agreement}'s draft to {@code terms} before it is made: by default that the
     * request names the same partner.
     *
     * @throws com.partnershipgovernance.platform.problem.BusinessRuleException (422) naming the field
     */
    protected void checkRevision(A agreement, R request, T terms) {
        Parties.requireSamePartner(agreement, request.partnerId());
    }

    /** The rules of this kind for executing {@code agreement}, checked once the move is known legal. */
    protected void requireExecutable(A agreement) {
    }

    /** Why the expiry job expires {@code version}. */
    protected String expiryReason(V version) {
        return "Expiry date " + version.endsOn() + " passed";
    }

    /** The payload of {@code agreement.status-changed} for {@code move}. */
    protected AgreementStatusChanged statusChanged(A agreement, AgreementStatusChange move, V version) {
        return AgreementStatusChanged.of(move, agreement.partnerId(), version.startsOn(), version.endsOn());
    }

    /** The agreements of this kind. */
    public PanacheRepositoryBase<A, UUID> agreements() {
        return agreements;
    }

    public AgreementKind kind() {
        return kind;
    }

    /** How the version entity of this kind is queried. */
    public VersionsOfKind<V> versions() {
        return versions;
    }
}
