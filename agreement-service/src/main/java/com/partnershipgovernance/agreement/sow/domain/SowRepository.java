package com.partnershipgovernance.agreement.sow.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Statements of work and, through them, their versions. */
@ApplicationScoped
public class SowRepository implements PanacheRepositoryBase<StatementOfWork, UUID> {
}
