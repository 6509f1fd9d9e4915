package com.partnershipgovernance.agreement.batch.domain;

import com.partnershipgovernance.agreement.shared.domain.Criteria;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Manufacturing batches under SOWs. */
@ApplicationScoped
public class BatchRepository implements PanacheRepositoryBase<Batch, UUID> {

    /** The batch (the caller's partner's only, by the platform's partner scope); else 404. */
    public Batch require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Batch", id));
    }

    /** The batches of the SOW, of the partner and with the disposition given (null filters nothing). */
    public PanacheQuery<Batch> matching(UUID sowId, UUID partnerId, Disposition disposition, Sort sort) {
        return new Criteria().equal("sowId", sowId).equal("partnerId", partnerId).equal("disposition", disposition)
                .find(this, sort);
    }
}
