package com.partnershipgovernance.agreement.quality.domain;

/** Who is responsible for an area of a quality agreement. */
public enum Responsibility {
    SPONSOR, PARTNER, SHARED;

    /** Whether the sponsor takes part (alone or shared), e.g. approves a change in this area. */
    public boolean involvesSponsor() {
        return this != PARTNER;
    }

    /** Whether the partner takes part (alone or shared). */
    public boolean involvesPartner() {
        return this != SPONSOR;
    }
}
