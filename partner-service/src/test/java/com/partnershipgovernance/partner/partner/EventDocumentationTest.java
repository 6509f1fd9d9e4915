package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.partner.audit.events.AuditClosed;
import com.partnershipgovernance.partner.audit.events.AuditEvents;
import com.partnershipgovernance.partner.partner.events.PartnerEvents;
import com.partnershipgovernance.partner.partner.events.PartnerQualificationChanged;
import com.partnershipgovernance.partner.partner.events.PartnerRegistered;
import com.partnershipgovernance.partner.partner.events.PartnerUpdated;
import com.partnershipgovernance.partner.scorecard.events.PartnerSelected;
import com.partnershipgovernance.partner.scorecard.events.SelectionEvents;
import com.partnershipgovernance.partner.site.events.CertificationExpiring;
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
    void partnerRegisteredIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(doc).contains("Topic `" + PartnerEvents.TOPIC + "`");
        assertThat(documentedFields(doc, PartnerEvents.REGISTERED)).containsExactlyElementsOf(
                Arrays.stream(PartnerRegistered.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void qualificationChangedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, PartnerEvents.QUALIFICATION_CHANGED)).containsExactlyElementsOf(
                Arrays.stream(PartnerQualificationChanged.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void partnerUpdatedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, PartnerEvents.UPDATED)).containsExactlyElementsOf(
                Arrays.stream(PartnerUpdated.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void certificationExpiringIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, "partner.certification-expiring")).containsExactlyElementsOf(
                Arrays.stream(CertificationExpiring.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void auditClosedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, AuditEvents.CLOSED)).containsExactlyElementsOf(
                Arrays.stream(AuditClosed.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(Arrays.stream(AuditClosed.Findings.class.getRecordComponents()).map(c -> c.getName()).toList())
                .allSatisfy(count -> assertThat(doc).contains("`" + count + "`"));
    }

    @Test
    void partnerSelectedIsDocumentedWithExactlyItsPayloadFields() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        assertThat(documentedFields(doc, SelectionEvents.SELECTED)).containsExactlyElementsOf(
                Arrays.stream(PartnerSelected.class.getRecordComponents()).map(c -> c.getName()).toList());
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
