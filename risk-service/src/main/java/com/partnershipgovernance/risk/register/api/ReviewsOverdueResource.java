package com.partnershipgovernance.risk.register.api;

import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Risks whose periodic review is overdue. */
@Path("/risks/reviews-overdue")
@Tag(name = "Risk reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsOverdueResource {

    private static final Map<String, String> SORTABLE = Map.of("nextReviewOn", "nextReviewOn", "score", "score",
            "raisedAt", "raisedAt", "title", "title", "category", "category");

    @Inject
    RiskRepository risks;

    @Inject
    RiskSettings settings;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Risks overdue for review", description = "Live risks whose next review date has passed, "
            + "the longest overdue first (sort: nextReviewOn, score, raisedAt, title, category); takes the register's "
            + "filters.")
    public Page<RiskView> overdue(@BeanParam @Valid PageRequest page, @BeanParam RiskFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return Page.of(risks.overdueForReview(today, filter::appendTo, page.sort(SORTABLE, "nextReviewOn").and("id")),
                page, risk -> RiskView.of(risk, settings.bands(), today));
    }
}
