package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.events.DeviationClassified;
import com.partnershipgovernance.agreement.deviation.events.DeviationClosed;
import com.partnershipgovernance.agreement.deviation.events.DeviationEvents;
import com.partnershipgovernance.agreement.deviation.events.DeviationReported;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each deviation event with exactly the payload fields the code sends, in order. */
class DeviationEventDocumentationTest {

    @Test
    void deviationEventsAreDocumentedWithExactlyTheirPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(doc).contains("Topic `" + DeviationEvents.TOPIC + "`");
        assertThat(documentedFields(doc, DeviationEvents.REPORTED)).containsExactlyElementsOf(fields(DeviationReported.class));
        assertThat(documentedFields(doc, DeviationEvents.CLASSIFIED)).containsExactlyElementsOf(fields(DeviationClassified.class));
        assertThat(documentedFields(doc, DeviationEvents.CLOSED)).containsExactlyElementsOf(fields(DeviationClosed.class));
    }

    static java.util.List<String> fields(Class<? extends Record> payload) {
        return Arrays.stream(payload.getRecordComponents()).map(c -> c.getName()).toList();
    }

    static Set<String> documentedFields(String doc, String type) {
        int start = doc.indexOf("## " + type + "\n");
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
