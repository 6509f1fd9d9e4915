package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
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
    void statusChangedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(doc).contains("Topic `" + AgreementEvents.TOPIC + "`");
        assertThat(documentedFields(doc, AgreementEvents.STATUS_CHANGED)).containsExactlyElementsOf(
                Arrays.stream(AgreementStatusChanged.class.getRecordComponents()).map(c -> c.getName()).toList());
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
