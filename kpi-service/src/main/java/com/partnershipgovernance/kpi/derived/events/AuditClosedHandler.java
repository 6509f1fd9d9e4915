package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.ClosedAudit;
import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.platform.inbox.EventHandlers;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.OtherPartnerEvents;
import jakarta.enterprise.context.ApplicationScoped;
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
public class AuditClosedHandler extends EventDerivation implements OtherPartnerEvents {

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
        derive(event, partner, closed.closedOn(), DerivedKpi.AUDIT_FINDINGS_PER_AUDIT);
    }
}
