package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.FindingRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Findings whose response from the partner is overdue, across the portfolio. */
@Path("/audits/findings/overdue")
@Tag(name = "Audit findings")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueFindingsResource {

    @Inject
    FindingRepository findings;

    @Inject
    AuditViews views;

    @GET
    @Operation(summary = "Findings with an overdue response", description = "OPEN findings (no response yet, or "
            + "the last one rejected) whose response due date has passed; longest overdue first. Optionally of one "
            + "partner; a partner user sees their own partner's only.")
    public FindingView.Items overdue(@QueryParam("partnerId") String partnerId) {
        return new FindingView.Items(findings.responsesOverdue(views.today(),
                        QueryParameters.uuid("partnerId", partnerId))
                .stream().map(views::of).toList());
    }
}
