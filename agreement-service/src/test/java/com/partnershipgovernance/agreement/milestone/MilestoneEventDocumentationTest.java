package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.milestone.events.MilestoneEvents;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each milestone event with exactly the payload fields the code sends, in order. */
public class MilestoneEventDocumentationTest {

    private static final List<String> COMMON = List.of("milestoneId", "sowId", "msaId", "partnerId", "sowKind",
            "name", "dueDate");

    @Test
    void everyMilestoneEventIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(doc).contains("Topic `" + MilestoneEvents.TOPIC + "`");
        assertDocumented(doc, MilestoneEvents.DUE_SOON, MilestoneEvents.DueSoon.class);
        assertDocumented(doc, MilestoneEvents.COMPLETED, MilestoneEvents.Completed.class);
        assertDocumented(doc, MilestoneEvents.MISSED, MilestoneEvents.Missed.class);
        assertDocumented(doc, MilestoneEvents.GO_NO_GO_DECIDED, MilestoneEvents.GoNoGoDecided.class);
    }

    /** The section of {@code type} lists exactly the components of {@code payload}, in order. */
    public static void assertDocumented(String doc, String type, Class<? extends Record> payload) {
        List<String> fields = Arrays.stream(payload.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(documentedFields(doc, type)).as(type).containsExactlyElementsOf(fields);
        if (type.startsWith("milestone.")) {
            assertThat(fields.subList(0, COMMON.size())).as(type + " starts with the common fields")
                    .containsExactlyElementsOf(COMMON);
        }
    }

    private static Set<String> documentedFields(String doc, String type) {
        int start = doc.indexOf("## " + type + "\n");
        assertThat(start).as("section for " + type).isNotNegative();
        int end = doc.indexOf("\n## ", start + 3);
        int nextTopic = doc.indexOf("\n# ", start + 3);
        if (nextTopic >= 0 && (end < 0 || nextTopic < end)) {
            end = nextTopic;
        }
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        Set<String> fields = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\|").matcher(section);
        while (row.find()) {
            fields.add(row.group(1));
        }
        return fields;
    }
}
