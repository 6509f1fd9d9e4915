package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RegisterViews;
import com.partnershipgovernance.risk.register.domain.Rag;
import com.partnershipgovernance.risk.register.domain.Risk;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Total exposure of the register: how much risk is carried, now and once mitigated. */
@Path("/risks/exposure")
@Tag(name = "Register views")
@Produces(MediaType.APPLICATION_JSON)
public class ExposureResource {

    @Inject
    RegisterViews views;

    @Inject
    RiskSettings settings;

    /** Exposure of the live risks. */
    @Schema(name = "Exposure")
    public record Exposure(@Schema(example = "7") int riskCount,
                           @Schema(description = "sum of the scores", example = "83") int totalExposure,
                           @Schema(description = "sum of the residual scores, the score where none is assessed",
                                   example = "41") int residualExposure,
                           @Schema(description = "live risks per RAG") Map<Rag, Integer> byRag) {
    }

    @GET
    @Operation(summary = "Total exposure", description = "Sum of the scores of the live (not closed) risks, the "
            + "same once mitigated, and the count per RAG; takes the register's filters.")
    public Exposure exposure(@BeanParam RiskFilter filter) {
        List<Risk> live = views.live(filter::appendTo);
        Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, 0);
        }
        int total = 0;
        int residual = 0;
        for (Risk risk : live) {
            total += risk.score().value();
            residual += risk.residual().orElse(risk.score()).value();
            byRag.merge(risk.score().rag(settings.bands()), 1, Integer::sum);
        }
        return new Exposure(live.size(), total, residual, byRag);
    }
}
