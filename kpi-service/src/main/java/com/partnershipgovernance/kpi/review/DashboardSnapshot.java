package com.partnershipgovernance.kpi.review;

import com.partnershipgovernance.kpi.dashboard.DashboardViews.PartnerDashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboards a steering-committee review looked at, kept with the review: each reviewed partner's
 * dashboard as of the review date, computed from the data known when the review was recorded.
 */
public record DashboardSnapshot(LocalDate asOf, Instant takenAt, int periods, List<PartnerDashboard> partners) {
}
