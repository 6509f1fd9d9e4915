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
import com.partnershipgovernance.platform.testing.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists each published event on its topic with exactly the payload fields the code sends. */
class EventDocumentationTest {

    private final EventCatalogue documented = EventCatalogue.of(Path.of("docs/events.md"));

    @Test
    void partnerRegisteredIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.events()).allSatisfy(event -> assertThat(event.topic()).isEqualTo(PartnerEvents.TOPIC));
        documented.event(PartnerEvents.REGISTERED).assertPayloadIs(PartnerRegistered.class);
    }

    @Test
    void qualificationChangedIsDocumentedWithExactlyItsPayloadFields() {
        documented.event(PartnerEvents.QUALIFICATION_CHANGED).assertPayloadIs(PartnerQualificationChanged.class);
    }

    @Test
    void partnerUpdatedIsDocumentedWithExactlyItsPayloadFields() {
        documented.event(PartnerEvents.UPDATED).assertPayloadIs(PartnerUpdated.class);
    }

    @Test
    void certificationExpiringIsDocumentedWithExactlyItsPayloadFields() {
        documented.event("partner.certification-expiring").assertPayloadIs(CertificationExpiring.class);
    }

    /** The finding counts are a nested object: its fields are those of the documented example's. */
    @Test
    void auditClosedIsDocumentedWithExactlyItsPayloadFields() {
        assertThat(documented.event(AuditEvents.CLOSED).topic()).isEqualTo(AuditEvents.TOPIC);
        documented.event(AuditEvents.CLOSED).assertPayloadIs(AuditClosed.class);
    }

    @Test
    void partnerSelectedIsDocumentedWithExactlyItsPayloadFields() {
        documented.event(SelectionEvents.SELECTED).assertPayloadIs(PartnerSelected.class);
    }
}
