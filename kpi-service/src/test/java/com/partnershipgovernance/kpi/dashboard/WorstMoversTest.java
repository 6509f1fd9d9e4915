package com.partnershipgovernance.kpi.dashboard;

import com.partnershipgovernance.kpi.dashboard.DashboardViews.Mover;
import com.partnershipgovernance.kpi.threshold.domain.Rag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WorstMoversTest {

    /** The rule as written before the heap: a stable sort of every mover, RED first, then the biggest change. */
    private static final Comparator<Mover> WORST_FIRST = Comparator
            .comparing((Mover m) -> m.rag() == null ? -1 : m.rag().ordinal()).reversed()
            .thenComparing(m -> m.changePercent() == null ? BigDecimal.ZERO : m.changePercent().abs(),
                    Comparator.reverseOrder());

    @Test
    void keepsTheSameTenAStableSortOfEveryMoverWouldKeepTiesIncluded() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Mover> movers = new ArrayList<>();
            int size = random.nextInt(60);
            for (int i = 0; i < size; i++) {
                Rag rag = random.nextInt(4) == 0 ? null : Rag.values()[random.nextInt(3)];
                // few distinct changes, negative and positive, some unknown: plenty of ties
                BigDecimal change = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(7) - 3, 1);
                movers.add(new Mover(UUID.randomUUID(), "Partner " + i, "KPI_" + i, "2026-06", BigDecimal.ONE,
                        "2026-07", BigDecimal.ZERO, rag, change));
            }
            List<Mover> sorted = new ArrayList<>(movers);
            sorted.sort(WORST_FIRST);

            assertThat(Dashboards.worst(movers, 10)).containsExactlyElementsOf(sorted.subList(0, Math.min(10, size)));
        }
    }

    @Test
    void redComesBeforeABiggerAmberChange() {
        Mover amber = mover(Rag.AMBER, "-50.00");
        Mover red = mover(Rag.RED, "-1.00");
        Mover green = mover(Rag.GREEN, "-80.00");

        assertThat(Dashboards.worst(List.of(green, amber, red), 2)).containsExactly(red, amber);
    }

    private static Mover mover(Rag rag, String change) {
        return new Mover(UUID.randomUUID(), "Acme", "OTIF", "2026-06", BigDecimal.TEN, "2026-07", BigDecimal.ONE, rag,
                new BigDecimal(change));
    }
}
