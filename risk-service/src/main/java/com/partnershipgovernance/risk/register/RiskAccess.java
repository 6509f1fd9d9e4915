package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The live risks a caller reaches: the partner-scope filter confines a partner user to the joint risks of their
 * own partner (another's answer 404, so that their ids leak nothing); retired risks are out of the register.
 */
@ApplicationScoped
public class RiskAccess {

    @Inject
    RiskRepository risks;

    /** The risk, if it is in the caller's scope and not retired. */
    public Risk visible(UUID riskId) {
        return visible(riskId, false);
    }

    /** The risk, if it is in the caller's scope; a retired one only with {@code includeRetired}. */
    public Risk visible(UUID riskId, boolean includeRetired) {
        return risks.findByIdOptional(riskId)
                .filter(risk -> includeRetired || !risk.isRetired())
                .orElseThrow(() -> RecordNotFoundException.of("Risk", riskId));
    }

    /**
     * The risk a caller changes, as they last read it: visible to them, and at the version their {@code If-Match}
     * names (else 428 without one, 412 for another).
     */
    public Risk toChange(UUID riskId, String ifMatch) {
        Risk risk = visible(riskId);
        Preconditions.requireIfMatch(ifMatch, risk.version());
        return risk;
    }
}
