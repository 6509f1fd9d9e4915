package com.partnershipgovernance.agreement.msa.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Master services agreements and, through them, their versions. */
@ApplicationScoped
public class MsaRepository implements PanacheRepositoryBase<MasterServicesAgreement, UUID> {
}
