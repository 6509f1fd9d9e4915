package com.partnershipgovernance.risk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * risk-service's settings, under {@code risk.*}: the RAG bands and the starting scores of the event
 * rules. The rules' scores have no defaults here: application.properties states them, as the table
 * in docs/risk-rules.md does.
 */
@ConfigMapping(prefix = "risk")
public interface RiskConfig {

    /** The RAG bands on the 1..25 score scale. */
    Rag rag();

    /** The starting scores of the rules that raise risks from events. */
    Rules rules();

    /** Scores up to {@code green-max} are green, up to {@code amber-max} amber, above red. */
    interface Rag {
        @WithDefault("6")
        @Min(1)
        @Max(24)
        int greenMax();

        @WithDefault("12")
        @Min(2)
        @Max(24)
        int amberMax();
    }

    /** Starting likelihood x impact per rule and input. */
    interface Rules {
        /** {@code deviation.reported} / {@code deviation.classified}, by severity. */
        Deviation deviation();

        /** {@code milestone.missed}: the score of a first miss; each further miss adds 1 to likelihood. */
        Score milestoneMissed();

        /** {@code kpi.breached} with no live risk of a matching category. */
        Score kpiBreached();

        /** {@code partner.qualification-changed} to SUSPENDED or DISQUALIFIED. */
        Qualification qualification();

        /** A watched GMP certificate expired without a renewal and no live PARTNER_COMPLIANCE risk. */
        Score certificateExpired();
    }

    /** Starting scores of a deviation by severity. */
    interface Deviation {
        Score critical();

        Score major();
    }

    /** Starting scores of a partner's suspension and disqualification. */
    interface Qualification {
        Score suspended();

        Score disqualified();
    }

    /** A likelihood and an impact, 1..5. */
    interface Score {
        @Min(1)
        @Max(5)
        int likelihood();

        @Min(1)
        @Max(5)
        int impact();
    }
}
