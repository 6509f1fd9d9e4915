package com.partnershipgovernance.partner.partner.domain;

import com.partnershipgovernance.partner.query.Conditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * The partners of the sponsor's portfolio. A partner user's request finds only their own partner (the platform's
 * partner scope), so "not found" also answers for a partner they may not see.
 */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** The partner unless it was retired: what every write and default read works on. */
    public Optional<Partner> findActive(UUID id) {
        return findByIdOptional(id).filter(p -> !p.isRetired());
    }

    /** The partner, retired ones too when asked for; else 404. */
    public Partner require(UUID id, boolean includeRetired) {
        return findByIdOptional(id).filter(p -> includeRetired || !p.isRetired())
                .orElseThrow(() -> RecordNotFoundException.of("Partner", id));
    }

    /** The partner unless it was retired; else 404. */
    public Partner requireActive(UUID id) {
        return require(id, false);
    }

    /** The partners matching {@code search}. */
    public PanacheQuery<Partner> search(PartnerSearch search, Sort sort) {
        Conditions where = Conditions.all()
                .and("type = :type", "type", search.type())
                .and(":modality member of modalities", "modality", search.modality())
                .and(":capability member of capabilities", "capability", search.capability())
                .and(":scale member of scales", "scale", search.scale())
                .and("headquartersCountry = :country", "country", search.country())
                .and("qualificationStatus = :status", "status", search.qualificationStatus())
                .and("engagementModel = :engagement", "engagement", search.engagementModel())
                .text("legalName", search.text());
        if (!search.includeRetired()) {
            where.and("retirement.retiredAt is null");
        }
        return find(where.query(), sort, where.parameters());
    }
}
