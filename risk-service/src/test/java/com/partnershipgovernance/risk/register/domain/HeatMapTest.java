package com.partnershipgovernance.risk.register.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeatMapTest {

    @Test
    void countsEachRiskInItsCellAndSumsTheExposure() {
        HeatMap map = HeatMap.of(List.of(new RiskScore(4, 5), new RiskScore(4, 5), new RiskScore(3, 4),
                new RiskScore(1, 2)), RagBands.DEFAULT);
        assertThat(map.cells()).hasSize(25);
        assertThat(map.count(4, 5)).isEqualTo(2);
        assertThat(map.count(3, 4)).isEqualTo(1);
        assertThat(map.count(1, 2)).isEqualTo(1);
        assertThat(map.count(5, 4)).isZero();
        assertThat(map.cells().stream().mapToInt(HeatMap.Cell::count).sum()).isEqualTo(4);
        assertThat(map.totalExposure()).isEqualTo(20 + 20 + 12 + 2);
        assertThat(map.cells().get(24)).isEqualTo(new HeatMap.Cell(5, 5, 25, Rag.RED, 0));
    }
}
