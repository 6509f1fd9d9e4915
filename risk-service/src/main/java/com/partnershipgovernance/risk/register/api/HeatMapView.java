package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.risk.register.domain.HeatMap;
import com.partnershipgovernance.risk.register.domain.Rag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The 5x5 heat map: 25 cells, likelihood 1..5 then impact 1..5, each with its count of live risks. */
@Schema(name = "HeatMap")
public record HeatMapView(List<Cell> cells, @Schema(example = "7") int riskCount,
                          @Schema(description = "sum of the scores of the risks counted", example = "83")
                          int totalExposure) {

    /** One likelihood x impact cell. */
    @Schema(name = "HeatMapCell")
    public record Cell(@Schema(example = "4") int likelihood, @Schema(example = "5") int impact,
                       @Schema(example = "20") int score, @Schema(example = "RED") Rag rag,
                       @Schema(example = "2") int count) {
    }

    /** The view of a heat map. */
    public static HeatMapView of(HeatMap map) {
        return new HeatMapView(map.cells().stream()
                .map(c -> new Cell(c.likelihood(), c.impact(), c.score(), c.rag(), c.count())).toList(),
                map.riskCount(), map.totalExposure());
    }
}
