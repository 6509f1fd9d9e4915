package com.partnershipgovernance.partner.team.domain;

/** What a person does for the partnership on the partner's side. */
public enum TeamRole {
    PROJECT_MANAGER, QUALITY_LEAD, KEY_SCIENTIST, OTHER;

    /** The roles a partnership cannot run without: a vacancy is a continuity risk. */
    public boolean isKey() {
        return this == PROJECT_MANAGER || this == QUALITY_LEAD;
    }
}
