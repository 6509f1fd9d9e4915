package com.partnershipgovernance.kpi.review.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a steering-committee review says: the day it was held, who attended, the partners and KPIs
 * reviewed, the decisions and the actions. The chair's signature covers this and the dashboard snapshot.
 */
public record ReviewContent(LocalDate heldOn, List<Attendee> attendees, List<UUID> partnerIds, List<String> kpiCodes,
                            List<String> decisions, List<ReviewAction> actions) {

    public ReviewContent {
        attendees = List.copyOf(attendees);
        partnerIds = partnerIds.stream().distinct().sorted().toList();
        kpiCodes = kpiCodes.stream().distinct().sorted().toList();
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }
}
