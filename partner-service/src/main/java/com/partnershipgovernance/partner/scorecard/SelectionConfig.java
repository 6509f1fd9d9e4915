package com.partnershipgovernance.partner.scorecard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.math.BigDecimal;

/** The thresholds of the selection warnings, under {@code partner.selection.*}. */
@ConfigMapping(prefix = "partner.selection")
public interface SelectionConfig {

    /**
     * Value points (of 100) by which a leader that wins on cost must trail another candidate on the
     * VALUE criteria for the cost-driven-choice warning.
     */
    @WithDefault("10")
    @DecimalMin("0")
    @DecimalMax("100")
    BigDecimal costDrivenMargin();

    /**
     * Share of the scale span (max - min) by which the functions' means on a criterion must differ for
     * the disagreement warning: 0.5 is 2 points on a 1..5 scale.
     */
    @WithDefault("0.5")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    BigDecimal disagreementSpread();
}
