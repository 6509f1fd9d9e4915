package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.risk.register.events.RiskEvents;
import com.partnershipgovernance.risk.register.events.RiskRaised;
import com.partnershipgovernance.risk.register.events.RiskRescored;
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
    void riskRaisedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(doc).contains("Topic `" + RiskEvents.TOPIC + "`");
        assertThat(documentedFields(doc, RiskEvents.RAISED)).containsExactlyElementsOf(
                Arrays.stream(RiskRaised.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void riskRescoredIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, RiskEvents.RESCORED)).containsExactlyElementsOf(
                Arrays.stream(RiskRescored.class.getRecordComponents()).map(c -> c.getName()).toList());
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
