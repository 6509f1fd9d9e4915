package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Which risks a caller may reach: sponsor users every risk; a partner user only the JOINT risks of
 * their own partner. Anything else answers 404, so that other partners' ids leak nothing.
 */
@ApplicationScoped
public class RiskAccess {

    private static final UUID NOBODY = new UUID(0, 0);

    @Inject
    RiskRepository risks;

    @Inject
    Caller caller;

    /** The risk, if the caller may see it and it is not retired. */
    public Risk visible(UUID riskId) {
        return visible(riskId, false);
    }

    /** The risk, if the caller may see it; a retired one only with {@code includeRetired}. */
    public Risk visible(UUID riskId, boolean includeRetired) {
        return risks.findByIdOptional(riskId).filter(this::mayRead)
                .filter(risk -> includeRetired || !risk.isRetired())
                .orElseThrow(() -> RecordNotFoundException.of("Risk", riskId));
    }

    public boolean mayRead(Risk risk) {
        return !caller.isPartnerUser()
                || risk.joint() && caller.partnerId().map(risk.partnerId()::equals).orElse(false);
    }

    /**
     * Narrows a JPQL condition over {@code Risk} (alias-free) to what the caller may see: never retired risks.
     *
     * @param where the condition so far; the scope is appended with {@code and}
     */
    public void scope(StringBuilder where, Parameters parameters) {
        where.append(" and retirement.retiredAt is null");
        if (caller.isPartnerUser()) {
            where.append(" and joint = true and partnerId = :ownPartner");
            parameters.and("ownPartner", caller.partnerId().orElse(NOBODY));
        }
    }
}
