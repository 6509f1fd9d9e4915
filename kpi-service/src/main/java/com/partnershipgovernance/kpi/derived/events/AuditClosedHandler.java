package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.ClosedAudit;
import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.measurement.DerivedMeasurements;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.platform.partners.OtherPartnerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Derives audit findings per audit from {@code partner.audit-closed} (read on the partner-events
 * channel, which applies each event once): findings of every severity per audit closed in the quarter.
 */
@ApplicationScoped
public class AuditClosedHandler implements OtherPartnerEvents {

    /** The finding counts of {@code partner.audit-closed}. */
    record Findings(@PositiveOrZero long critical, @PositiveOrZero long major, @PositiveOrZero long minor,
                    @PositiveOrZero long observation) {

        long total() {
            return critical + major + minor + observation;
        }
    }

    /** The fields of {@code partner.audit-closed} this service reads. */
    record AuditClosed(@NotNull UUID partnerId, @NotNull UUID auditId, @NotNull LocalDate closedOn,
                       @NotNull @Valid Findings findings) {
    }

    @Inject
    EntityManager em;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    DerivedMeasurements derived;

    @Override
    public void addTo(EventHandlers handlers) {
        handlers.on("partner.audit-closed", this::apply);
    }

    void apply(InboundEvent event) {
        AuditClosed closed = event.dataAs(AuditClosed.class);
        UUID partner = closed.partnerId();
        partners.ensureKnown(partner);
        if (em.find(ClosedAudit.class, closed.auditId()) != null) {
            // an audit closes once; another event about the same closure adds nothing
            return;
        }
        em.persist(new ClosedAudit(closed.auditId(), partner, closed.closedOn(), closed.findings().total()));
        em.flush();
        derived.derive(DerivedKpi.AUDIT_FINDINGS_PER_AUDIT, partner, closed.closedOn(),
                new DerivedMeasurements.Cause(event.id(), event.shortType()));
    }
}
