package com.partnershipgovernance.risk.rules.api;

import com.partnershipgovernance.risk.register.RiskAccess;
import com.partnershipgovernance.risk.rules.domain.RuleFiringRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The evidence behind a risk's automatic changes. */
@Path("/risks/{id}/rule-firings")
@Tag(name = "Risk rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleFiringResource {

    @Inject
    RuleFiringRepository firings;

    @Inject
    RiskAccess access;

    @GET
    @Operation(summary = "Rule firings of a risk", description = "Each automatic raise or re-score of the risk: "
            + "policy and version, the causing event, the inputs the policy saw and what it decided.")
    public RuleFiringView.Firings list(@PathParam("id") UUID id,
                                       @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        access.visible(id, includeRetired);
        return new RuleFiringView.Firings(firings.ofRisk(id).stream().map(RuleFiringView::of).toList());
    }
}
