package com.partnershipgovernance.agreement.change.domain;

import com.partnershipgovernance.agreement.quality.domain.Responsibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who must approve a change, from the change-control area of the quality agreement's responsibility matrix:
 * SPONSOR -> the sponsor's quality unit, PARTNER -> the partner, SHARED -> both. Without a quality agreement in
 * force the sponsor decides: nothing delegates change control to the partner.
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    /** @param changeControl the matrix's CHANGE_CONTROL entry, or null without a quality agreement in force */
    public static Set<ApprovingParty> requiredApprovals(Responsibility changeControl) {
        if (changeControl == null) {
            return EnumSet.of(ApprovingParty.SPONSOR);
        }
        Set<ApprovingParty> parties = EnumSet.noneOf(ApprovingParty.class);
        if (changeControl.involvesSponsor()) {
            parties.add(ApprovingParty.SPONSOR);
        }
        if (changeControl.involvesPartner()) {
            parties.add(ApprovingParty.PARTNER);
        }
        return parties;
    }
}
