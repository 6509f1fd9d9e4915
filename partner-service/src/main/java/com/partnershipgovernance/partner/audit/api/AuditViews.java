package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.Finding;
import com.partnershipgovernance.partner.audit.domain.FindingCounts;
import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the API's views of audits: with their finding counts (one query per list) and overdue state. */
@ApplicationScoped
public class AuditViews {

    @Inject
    FindingRepository findings;

    @Inject
    Clock clock;

    /** Days after its performance within which an audit should be closed; later it is listed as overdue. */
    @ConfigProperty(name = "partner.audits.close-within-days", defaultValue = "90")
    int closeWithinDays;

    public AuditView of(SponsorAudit audit) {
        return of(List.of(audit)).get(0);
    }

    public List<AuditView> of(List<SponsorAudit> audits) {
        Map<UUID, FindingCounts> counts = findings.countsOf(audits.stream().map(SponsorAudit::id).toList());
        LocalDate today = today();
        return audits.stream()
                .map(a -> AuditView.of(a, counts.getOrDefault(a.id(), FindingCounts.NONE), today, closeWithinDays))
                .toList();
    }

    public FindingView of(Finding finding) {
        return FindingView.of(finding, today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int closeWithinDays() {
        return closeWithinDays;
    }
}
