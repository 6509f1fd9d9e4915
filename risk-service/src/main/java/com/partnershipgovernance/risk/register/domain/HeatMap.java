package com.partnershipgovernance.risk.register.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The 5x5 heat map of a set of live risks: how many sit in each likelihood x impact cell, with the
 * cell's score and RAG, and the total exposure (the sum of their scores).
 */
public record HeatMap(List<Cell> cells, int riskCount, int totalExposure) {

    /** One cell: likelihood and impact 1..5, the risks counted there, the cell's score and RAG. */
    public record Cell(int likelihood, int impact, int score, Rag rag, int count) {
    }

    /** The heat map of {@code scores}, one per live risk; its 25 cells ordered by likelihood, then impact. */
    public static HeatMap of(Collection<RiskScore> scores, RagBands bands) {
        int[][] counts = new int[RiskScore.MAX + 1][RiskScore.MAX + 1];
        int exposure = 0;
        for (RiskScore score : scores) {
            counts[score.likelihood()][score.impact()]++;
            exposure += score.value();
        }
        List<Cell> cells = new ArrayList<>();
        for (int likelihood = RiskScore.MIN; likelihood <= RiskScore.MAX; likelihood++) {
            for (int impact = RiskScore.MIN; impact <= RiskScore.MAX; impact++) {
                int score = likelihood * impact;
                cells.add(new Cell(likelihood, impact, score, bands.rag(score), counts[likelihood][impact]));
            }
        }
        return new HeatMap(List.copyOf(cells), scores.size(), exposure);
    }

    /** The count in one cell. */
    public int count(int likelihood, int impact) {
        return cells.get((likelihood - 1) * RiskScore.MAX + (impact - 1)).count();
    }
}
