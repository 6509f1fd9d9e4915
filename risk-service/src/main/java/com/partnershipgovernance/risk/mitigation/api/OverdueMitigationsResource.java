package com.partnershipgovernance.risk.mitigation.api;

import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.risk.mitigation.domain.MitigationActionRepository;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Mitigation actions past their due date and not done. */
@Path("/mitigations/overdue")
@Tag(name = "Mitigation actions")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueMitigationsResource {

    private static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "createdAt", "createdAt");

    @Inject
    MitigationActionRepository actions;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Overdue mitigation actions", description = "PLANNED or IN_PROGRESS actions whose due date "
            + "has passed, the longest overdue first (sort: dueOn, createdAt). A partner user sees those of their "
            + "joint risks only.")
    public Page<MitigationView> overdue(@BeanParam @Valid PageRequest page,
                                        @QueryParam("partnerId") @Parameter(description = "only this partner's")
                                        UUID partnerId) {
        LocalDate today = LocalDate.now(clock);
        return Page.of(actions.overdue(today, partnerId, page.sort(SORTABLE, "dueOn").and("id")), page,
                action -> MitigationView.of(action, today));
    }
}
