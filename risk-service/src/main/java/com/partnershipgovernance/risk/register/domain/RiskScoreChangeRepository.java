package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The score histories of the risks. */
@ApplicationScoped
public class RiskScoreChangeRepository implements PanacheRepositoryBase<RiskScoreChange, UUID> {

    /** The score change of a risk an event caused, if any. */
    public Optional<RiskScoreChange> causedBy(UUID riskId, String causeEventId) {
        return find("riskId = ?1 and causeEventId = ?2", riskId, causeEventId).firstResultOptional();
    }

    /** A risk's scores, the one it was raised with first. */
    public List<RiskScoreChange> historyOf(UUID riskId) {
        return list("riskId = ?1 order by changedAt, id", riskId);
    }
}
