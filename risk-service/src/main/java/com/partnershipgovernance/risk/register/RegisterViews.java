package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.register.domain.RiskStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.BiConsumer;

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
    public List<Risk> live(BiConsumer<StringBuilder, Parameters> filter) {
        Parameters parameters = new Parameters();
        StringBuilder where = where(filter, parameters);
        return risks.find(where.toString(), Sort.descending("score").and("raisedAt"), parameters).list();
    }

    public List<RiskScore> liveScores(BiConsumer<StringBuilder, Parameters> filter) {
        return live(filter).stream().map(Risk::score).toList();
    }

    /** The {@code limit} highest-scored live risks, the oldest first among equal scores. */
    public List<Risk> top(BiConsumer<StringBuilder, Parameters> filter, int limit) {
        Parameters parameters = new Parameters();
        StringBuilder where = where(filter, parameters);
        return risks.find(where.toString(), Sort.descending("score").and("raisedAt").and("id"), parameters)
                .page(0, limit).list();
    }

    private StringBuilder where(BiConsumer<StringBuilder, Parameters> filter, Parameters parameters) {
        StringBuilder where = new StringBuilder("status <> :closed");
        parameters.and("closed", RiskStatus.CLOSED);
        filter.accept(where, parameters);
        where.append(" and retirement.retiredAt is null");
        return where;
    }
}
