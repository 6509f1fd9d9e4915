package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.domain.CapaAction;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What quality signs when closing a deviation: its classification, investigation, root cause and CAPA. */
public final class DeviationSignedContent {

    private DeviationSignedContent() {
    }

    public static Map<String, Object> of(Deviation d) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("deviationId", d.id());
        content.put("partnerId", d.partnerId());
        content.put("category", d.category());
        content.put("severity", d.severity());
        content.put("occurredOn", d.occurredOn().toString());
        content.put("reportedOn", d.reportedOn().toString());
        content.put("description", d.description());
        content.put("investigation", d.investigation());
        content.put("rootCause", d.rootCause());
        List<Map<String, Object>> actions = d.capaActions().stream().map(DeviationSignedContent::action).toList();
        content.put("capaActions", actions);
        return content;
    }

    private static Map<String, Object> action(CapaAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", a.number());
        m.put("description", a.description());
        m.put("owner", a.owner());
        m.put("dueOn", a.dueOn().toString());
        m.put("effectivenessCheck", a.effectivenessCheck());
        m.put("closedOn", a.closedOn() == null ? null : a.closedOn().toString());
        return m;
    }
}
