package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RegisterViews;
import com.partnershipgovernance.risk.register.domain.HeatMap;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 5x5 heat map of the live risks. */
@Path("/risks/heat-map")
@Tag(name = "Register views")
@Produces(MediaType.APPLICATION_JSON)
public class HeatMapResource {

    @Inject
    RegisterViews views;

    @Inject
    RiskSettings settings;

    @GET
    @Operation(summary = "Heat map of the register", description = "Counts of live (not closed) risks per "
            + "likelihood x impact cell, with each cell's score and RAG and the total exposure (sum of scores). "
            + "Takes the register's filters; a partner user sees only their joint risks.")
    public HeatMapView heatMap(@BeanParam RiskFilter filter) {
        HeatMap map = HeatMap.of(views.liveScores(filter::appendTo), settings.bands());
        return HeatMapView.of(map);
    }
}
