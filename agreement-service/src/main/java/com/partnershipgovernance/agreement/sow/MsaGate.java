package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/** What a SOW needs to know of its MSA: whether it exists, its partner, and whether it is EXECUTED now. */
@ApplicationScoped
public class MsaGate {

    @Inject
    MsaRepository msas;

    /**
     * The MSA a SOW is placed under.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} when there is no such MSA
     */
    public MasterServicesAgreement require(UUID msaId) {
        return msas.findByIdOptional(msaId).orElseThrow(() -> BusinessRuleException.onField("msaId",
                "is not a master services agreement known to agreement-service"));
    }

    /** Whether MSA {@code msaId} has an EXECUTED version now (not suspended, expired or terminated). */
    public boolean isExecuted(UUID msaId) {
        return isExecuted(msas.findByIdOptional(msaId));
    }

    public boolean isExecuted(Optional<MasterServicesAgreement> msa) {
        return msa.flatMap(MasterServicesAgreement::inForce).filter(v -> v.status() == AgreementStatus.EXECUTED)
                .isPresent();
    }
}
