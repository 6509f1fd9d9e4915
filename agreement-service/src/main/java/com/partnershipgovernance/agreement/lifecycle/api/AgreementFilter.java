package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.shared.domain.Criteria;

/** The query parameters that filter a list of agreements of one kind ({@code @BeanParam}). */
public interface AgreementFilter {

    /** The criteria the parameters ask for. */
    Criteria criteria();
}
