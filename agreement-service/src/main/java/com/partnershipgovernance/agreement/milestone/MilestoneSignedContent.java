package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.milestone.domain.GoNoGo;
import com.partnershipgovernance.agreement.milestone.domain.Milestone;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a signer signs at a go/no-go decision point: the milestone, the decision and its rationale. */
public final class MilestoneSignedContent {

    private MilestoneSignedContent() {
    }

    public static Map<String, Object> of(Milestone milestone, GoNoGo decision, String rationale) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("milestoneId", milestone.id());
        content.put("sowId", milestone.sowId());
        content.put("name", milestone.name());
        content.put("dueDate", milestone.dueDate().toString());
        content.put("decision", decision);
        content.put("rationale", rationale);
        return content;
    }
}
