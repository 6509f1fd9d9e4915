package com.partnershipgovernance.kpi.dashboard.domain;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The periods a trend shows: the last {@code count} of a periodicity, up to the one containing a day. */
public final class TrendWindow {

    private TrendWindow() {
    }

    /** Oldest first, ending with the period that contains {@code asOf}. */
    public static List<Period> last(int count, LocalDate asOf, Periodicity periodicity) {
        List<Period> periods = new ArrayList<>();
        Period period = Period.containing(asOf, periodicity);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
        Collections.reverse(periods);
        return periods;
    }
}
