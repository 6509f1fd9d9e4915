package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.agreement.lifecycle.AgreementReviews;
import com.partnershipgovernance.agreement.lifecycle.ReviewItem;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Review dates of agreements of every kind: those overdue (or flagged for review) and those due soon.
 * Only agreements in force (EXECUTED or SUSPENDED) are reviewed; a partner user sees their own.
 */
@Path("/agreements")
@Tag(name = "Agreement reviews")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementReviewResource {

    @Inject
    AgreementReviews reviews;

    @Inject
    AgreementAccess access;

    @Inject
    Clock clock;

    @GET
    @Path("/reviews-overdue")
    @Operation(summary = "Agreements with an overdue review", description = "In-force agreements of every kind "
            + "whose review date has passed, or that were flagged for review (e.g. their partner was suspended "
            + "or disqualified); most overdue first.")
    public Page<ReviewItemView> overdue(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LocalDate today = LocalDate.now(clock);
        return page(reviews.overdue(today), today, page, size);
    }

    @GET
    @Path("/reviews-due-soon")
    @Operation(summary = "Agreements whose review is due soon", description = "In-force agreements of every kind "
            + "whose review date is from today to today + withinDays (30 by default); soonest first.")
    public Page<ReviewItemView> dueSoon(@QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(3660)
                                        @Parameter(description = "days ahead, 0 to 3660") int withinDays,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LocalDate today = LocalDate.now(clock);
        return page(reviews.dueBetween(today, today.plusDays(withinDays)), today, page, size);
    }

    // the kinds are merged in memory: a page is cut from the merged, sorted list
    private static Page<ReviewItemView> page(List<ReviewItem> items, LocalDate today, int page, int size) {
        int from = (int) Math.min((long) page * size, items.size());
        int to = Math.min(from + size, items.size());
        return new Page<>(items.subList(from, to).stream().map(i -> ReviewItemView.of(i, today)).toList(), page,
                size, items.size());
    }
}
