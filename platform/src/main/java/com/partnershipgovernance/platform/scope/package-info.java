/**
 * Partner scope: a partner user's requests read only their own partner's records, whatever the query. The filter
 * {@value com.partnershipgovernance.platform.scope.PartnerScope#FILTER} is enabled in every Hibernate session, applies
 * to every query, to loading by id and to collections of an entity that declares it, and confines nothing outside a
 * partner user's request (sponsor users, consumers, jobs). An entity whose rows belong to a partner declares
 * {@code @Filter(name = PartnerScope.FILTER)} (its {@code partner_id} column) or a condition of its own.
 */
@FilterDef(name = PartnerScope.FILTER, autoEnabled = true, applyToLoadByKey = true,
        defaultCondition = PartnerScope.OWN_PARTNER_ID,
        parameters = {
                @ParamDef(name = PartnerScope.UNCONFINED, type = Boolean.class,
                        resolver = PartnerScope.Unconfined.class),
                @ParamDef(name = PartnerScope.PARTNER, type = UUID.class, resolver = PartnerScope.Partner.class)
        })
package com.partnershipgovernance.platform.scope;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

import java.util.UUID;
