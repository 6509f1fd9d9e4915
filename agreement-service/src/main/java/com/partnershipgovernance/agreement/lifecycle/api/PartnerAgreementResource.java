package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.AgreementRequest;
import com.partnershipgovernance.agreement.lifecycle.KindOfAgreement;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;

import java.util.function.Function;

/**
 * The records of a kind of agreement made directly with a partner (MSAs, quality agreements): those of
 * {@link AgreementResource}, listed by partner, latest status and review flag.
 */
public abstract class PartnerAgreementResource<A extends VersionedAgreement<V, T>, V extends AgreementVersion<T>,
        T extends AgreementTerms, R extends AgreementRequest<T>, VIEW extends AgreementAnswer> extends AgreementResource<A, V, T, R, VIEW> {

    protected PartnerAgreementResource(KindOfAgreement<A, V, T, R> kind, Function<A, VIEW> view) {
        super(kind, view);
    }

    @Transactional
    @GET
    public Page<VIEW> list(@BeanParam @Valid PageRequest page, @BeanParam PartnerAgreementFilter filter) {
        return find(page, filter);
    }
}
