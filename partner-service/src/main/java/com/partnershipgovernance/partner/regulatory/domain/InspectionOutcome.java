package com.partnershipgovernance.partner.regulatory.domain;

/**
 * How an inspection ended: the FDA classifications (no, voluntary or official action indicated), a Form 483
 * with its number of observations, or a warning letter.
 */
public enum InspectionOutcome {
    NAI, VAI, OAI, FORM_483, WARNING_LETTER;

    /** A Form 483 lists at least one observation; "no action indicated" lists none. */
    public String observationsProblem(Integer observations) {
        if (this == FORM_483 && (observations == null || observations < 1)) {
            return "must be at least 1 for a FORM_483 outcome";
        }
        if (this == NAI && observations != null && observations > 0) {
            return "must be 0 or absent for an NAI outcome";
        }
        return null;
    }
}
