package com.partnershipgovernance.risk.scenario.api;

import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.scenario.ScenarioPlanner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scenario planning: what a given event would do to the register, without doing it. */
@Path("/scenarios")
@Tag(name = "Scenario planning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    ScenarioPlanner planner;

    @Inject
    RiskSettings settings;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.RND, Roles.STEERING_COMMITTEE, Roles.VIEWER})
    @Operation(summary = "Play a scenario", description = "Evaluates a hypothetical event (deviation reported, "
            + "classified or closed, milestone missed, partner qualification changed, KPI breached) with the same "
            + "rules as the event "
            + "consumers and answers the risk it would raise or re-score, the heat map and total exposure before "
            + "and after. Nothing is stored. Sponsor users only.")
    public ScenarioView play(@Valid @NotNull ScenarioRequest request) throws Exception {
        return ScenarioView.of(planner.play(request.type().strip(), request.payload()), settings.bands());
    }
}
