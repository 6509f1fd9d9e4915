package com.partnershipgovernance.kpi.dashboard.api;

import com.partnershipgovernance.kpi.definition.domain.Period;
import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hibernate.validator.constraints.Range;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The query parameters the dashboards share, each group written once so that a view and its CSV take
 * the same parameters with the same defaults and limits.
 */
final class DashboardParameters {

    /** What a count outside its range is told: Bean Validation fills in the bounds. */
    private static final String BETWEEN = "must be between {min} and {max}";

    private DashboardParameters() {
    }

    /** {@code ?asOf=2026-07-15}: the day a dashboard is read as of, today when not given. */
    public static class AsOf {

        @QueryParam("asOf")
        @Parameter(description = "the day the dashboard is read as of; default today")
        LocalDate asOf;

        LocalDate orToday(Clock clock) {
            return asOf == null ? LocalDate.now(clock) : asOf;
        }
    }

    /** {@code ?periods=6}: how many periods of each KPI a trend spans. */
    public static class Trend {

        @QueryParam("periods")
        @DefaultValue("6")
        @Range(min = 1, max = 24, message = BETWEEN)
        @Parameter(description = "periods in the trend")
        int periods;
    }

    /** {@code ?type=CDMO&engagementModel=STRATEGIC_ALLIANCE}: which kind of partners a portfolio view shows. */
    public static class PartnerKind {

        @QueryParam("type")
        @Parameter(description = "partner type: CRO, CDMO or BOTH")
        String type;

        @QueryParam("engagementModel")
        @Parameter(description = "TACTICAL, PREFERRED_PROVIDER or STRATEGIC_ALLIANCE")
        String engagementModel;
    }

    /** {@code ?quarter=2026-Q3&quarters=4}: the steering committee's quarter and how many its trends span. */
    public static class Quarter {

        @QueryParam("quarter")
        @Parameter(description = "YYYY-Qn; default the current quarter")
        String quarter;

        @QueryParam("quarters")
        @DefaultValue("4")
        @Range(min = 1, max = 8, message = BETWEEN)
        @Parameter(description = "quarters in the trends")
        int quarters;

        /** The quarter asked for, the current one when not given; another period answers 400. */
        Period orCurrent(Clock clock) {
            return quarter == null ? Period.containing(LocalDate.now(clock), Periodicity.QUARTERLY)
                    : Period.parse(quarter).filter(p -> p.periodicity() == Periodicity.QUARTERLY)
                    .orElseThrow(() -> new ValidationException("quarter", "must be a quarter written YYYY-Qn"));
        }
    }

    /** {@code ?dueWithinDays=14}: review actions due within this many days count as open items. */
    public static class DueWithin {

        @QueryParam("dueWithinDays")
        @DefaultValue("14")
        @Range(min = 0, max = 365, message = BETWEEN)
        @Parameter(description = "actions due within this many days count as open items")
        int dueWithinDays;
    }
}
