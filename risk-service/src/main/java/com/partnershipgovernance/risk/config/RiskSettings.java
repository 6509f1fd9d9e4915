package com.partnershipgovernance.risk.config;

import com.partnershipgovernance.risk.register.domain.RagBands;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The configuration turned into domain values, checked once. */
@ApplicationScoped
public class RiskSettings {

    @Inject
    RiskConfig config;

    public RagBands bands() {
        return new RagBands(config.rag().greenMax(), config.rag().amberMax());
    }

    public RiskConfig.Rules rules() {
        return config.rules();
    }

    /** A configured score as a domain score. */
    public static RiskScore score(RiskConfig.Score score) {
        return new RiskScore(score.likelihood(), score.impact());
    }
}
