package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.risk.register.domain.Conditions;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Consumer;

/** The live (not closed) risks a caller may see, for the heat map, top risks and exposure. */
@ApplicationScoped
public class RegisterViews {

    @Inject
    RiskRepository risks;

    /**
     * The live risks the caller may see.
     *
     * @param filter appends further conditions over {@code Risk} to the query
     */
    public List<Risk> live(Consumer<Conditions> filter) {
        return risks.live(filter, Sort.descending("score").and("raisedAt")).list();
    }

    public List<RiskScore> liveScores(Consumer<Conditions> filter) {
        return live(filter).stream().map(Risk::score).toList();
    }

    /** The {@code limit} highest-scored live risks, the oldest first among equal scores. */
    public List<Risk> top(Consumer<Conditions> filter, int limit) {
        return risks.live(filter, Sort.descending("score").and("raisedAt").and("id")).page(0, limit).list();
    }
}
