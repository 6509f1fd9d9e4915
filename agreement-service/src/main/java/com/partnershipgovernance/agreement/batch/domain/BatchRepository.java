package com.partnershipgovernance.agreement.batch.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Manufacturing batches under SOWs. */
@ApplicationScoped
public class BatchRepository implements PanacheRepositoryBase<Batch, UUID> {
}
