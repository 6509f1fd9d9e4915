package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which MSAs a caller may reach: sponsor users every one; a partner user only their own partner's. Any
 * other id answers 404, so that ids of other partnerships leak nothing.
 */
@ApplicationScoped
public class MsaAccess {

    @Inject
    MsaRepository msas;

    @Inject
    Caller caller;

    /** The agreement, if the caller may read it. */
    public MasterServicesAgreement readable(UUID id) {
        return msas.findByIdOptional(id).filter(m -> mayRead(m.partnerId()))
                .orElseThrow(() -> RecordNotFoundException.of("MSA", id));
    }

    /** Whether the caller may read agreements with {@code partnerId}. */
    public boolean mayRead(UUID partnerId) {
        return !caller.isPartnerUser() || caller.partnerId().map(partnerId::equals).orElse(false);
    }

    /** The partner a partner user is limited to, or null for a sponsor user. */
    public UUID partnerScope() {
        return caller.isPartnerUser() ? caller.partnerId().orElse(new UUID(0, 0)) : null;
    }
}
