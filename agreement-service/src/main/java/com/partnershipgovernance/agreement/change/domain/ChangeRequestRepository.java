package com.partnershipgovernance.agreement.change.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Change requests. */
@ApplicationScoped
public class ChangeRequestRepository implements PanacheRepositoryBase<ChangeRequest, UUID> {
}
