package com.partnershipgovernance.kpi.status;

import com.partnershipgovernance.kpi.status.events.KpiBreached;
import com.partnershipgovernance.kpi.status.events.KpiEvents;
import com.partnershipgovernance.kpi.status.events.KpiRecovered;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each published event with exactly the payload fields the code sends. */
class EventDocumentationTest {

    @Test
    void kpiBreachedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(doc).contains("Topic `" + KpiEvents.TOPIC + "`");
        assertThat(documentedFields(doc, KpiEvents.BREACHED)).containsExactlyElementsOf(
                Arrays.stream(KpiBreached.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void kpiRecoveredIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, KpiEvents.RECOVERED)).containsExactlyElementsOf(
                Arrays.stream(KpiRecovered.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void thePayloadsAreThoseOfTheEventCatalogue() {
        // EVENTS.md: partnerId, kpiCode, kpiCategory, period, value, target, rag
        var catalogue = java.util.List.of("partnerId", "kpiCode", "kpiCategory", "period", "value", "target", "rag");
        assertThat(Arrays.stream(KpiBreached.class.getRecordComponents()).map(c -> c.getName()).toList())
                .isEqualTo(catalogue);
        assertThat(Arrays.stream(KpiRecovered.class.getRecordComponents()).map(c -> c.getName()).toList())
                .isEqualTo(catalogue);
    }

    private static Set<String> documentedFields(String doc, String type) {
        int start = doc.indexOf("## " + type);
        assertThat(start).as("section for " + type).isNotNegative();
        int end = doc.indexOf("\n## ", start + 3);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        Set<String> fields = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\|").matcher(section);
        while (row.find()) {
            fields.add(row.group(1));
        }
        return fields;
    }
}
