package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Comparator;

/** The audits that are late: not performed by their planned date, or performed and not closed in time. */
@Path("/audits/overdue")
@Tag(name = "Sponsor audits")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueAuditsResource {

    @Inject
    SponsorAuditRepository audits;

    @Inject
    AuditViews views;

    @GET
    @Operation(summary = "Overdue audits", description = "PLANNED audits whose planned date passed (NOT_PERFORMED) "
            + "and PERFORMED audits not closed within partner.audits.close-within-days (90 by default) of their "
            + "performance (NOT_CLOSED); most overdue first. Optionally of one partner.")
    public AuditView.Items overdue(@QueryParam("partnerId") String partnerId) {
        LocalDate today = views.today();
        var candidates = audits.overdueCandidates(today, today.minusDays(views.closeWithinDays()),
                QueryParameters.uuid("partnerId", partnerId));
        return new AuditView.Items(views.of(candidates).stream()
                .filter(a -> a.overdue() != null)
                .sorted(Comparator.comparingLong((AuditView a) -> a.overdue().daysOverdue()).reversed()
                        .thenComparing(AuditView::plannedOn))
                .toList());
    }
}
