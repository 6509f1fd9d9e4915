package com.partnershipgovernance.agreement.sow.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Spend posted against SOWs. */
@ApplicationScoped
public class SpendLineRepository implements PanacheRepositoryBase<SpendLine, UUID> {

    public List<SpendLine> ofSow(UUID sowId) {
        return list("sowId = ?1 order by postedOn, recordedAt", sowId);
    }

    public boolean exists(UUID sowId, String externalRef) {
        return count("sowId = ?1 and externalRef = ?2", sowId, externalRef) > 0;
    }
}
