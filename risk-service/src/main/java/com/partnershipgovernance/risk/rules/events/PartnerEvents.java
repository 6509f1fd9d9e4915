package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.OtherPartnerEvents;
import com.partnershipgovernance.platform.partners.PartnerStandingChanged;
import com.partnershipgovernance.risk.rules.CertificateWatches;
import com.partnershipgovernance.risk.rules.RiskRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The rules on {@code partner.events.v1}, applied by the known-partners consumer in its transaction:
 * partner-standing-risk to qualification changes, certificate-expiry-risk to expiring certificates.
 */
@ApplicationScoped
public class PartnerEvents implements OtherPartnerEvents {

    @Inject
    RiskRules rules;

    @Inject
    CertificateWatches certificateWatches;

    @Override
    public void addTo(EventHandlers handlers) {
        handlers.on(RuleEvents.CERTIFICATION_EXPIRING, this::onCertificationExpiring);
    }

    void onStandingChanged(@Observes PartnerStandingChanged changed) {
        if (!changed.announcedAsQualificationChange()) {
            // a partner's first description is no change of standing
            return;
        }
        InboundEvent cause = changed.cause();
        rules.onStandingChanged(cause.dataAs(RuleEvents.QualificationChanged.class).toFacts(),
                RiskRules.Cause.of(cause));
    }

    private void onCertificationExpiring(InboundEvent event) {
        // certificate-expiry-risk: evidence now, or a watch until the certificate expires
        certificateWatches.onExpiring(event.dataAs(RuleEvents.CertificationExpiring.class).toFacts(), event.id(),
                event.shortType());
    }
}
