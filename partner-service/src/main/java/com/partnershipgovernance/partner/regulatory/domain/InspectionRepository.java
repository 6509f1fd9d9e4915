package com.partnershipgovernance.partner.regulatory.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Inspections of the partners. */
@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    /** A partner's inspections, latest first. */
    public List<Inspection> ofPartner(UUID partnerId, boolean includeRetired) {
        return list("partnerId = ?1" + (includeRetired ? "" : " and retirement.retiredAt is null")
                + " order by inspectedOn desc", partnerId);
    }
}
