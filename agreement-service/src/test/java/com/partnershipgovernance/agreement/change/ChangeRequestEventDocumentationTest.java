package com.partnershipgovernance.agreement.change;

import com.partnershipgovernance.agreement.change.events.ChangeRequestEvents;
import com.partnershipgovernance.agreement.change.events.ChangeRequestStatusChanged;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists change-request.status-changed with exactly the payload fields the code sends. */
class ChangeRequestEventDocumentationTest {

    @Test
    void statusChangedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        int start = doc.indexOf("## " + ChangeRequestEvents.STATUS_CHANGED + "\n");
        assertThat(start).as("section for " + ChangeRequestEvents.STATUS_CHANGED).isNotNegative();
        int end = doc.indexOf("\n## ", start + 3);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        assertThat(section).contains("Topic `" + ChangeRequestEvents.TOPIC + "`");
        Set<String> fields = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\|").matcher(section);
        while (row.find()) {
            fields.add(row.group(1));
        }
        assertThat(fields).containsExactlyElementsOf(Arrays.stream(ChangeRequestStatusChanged.class
                .getRecordComponents()).map(c -> c.getName()).toList());
    }
}
