package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.ScorecardHistory;
import com.partnershipgovernance.partner.scorecard.Selections;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatorScore;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatorScoreRepository;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The evaluators' scores of a selection: give or replace one's own, list them, read their audit trail. */
// reads: every sponsor role; partner users are let in only to find no selection (404)
@RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
        Roles.CLINICAL, Roles.STEERING_COMMITTEE, Roles.VIEWER, Roles.PARTNER_USER})
@Path("/selections/{id}/scores")
@Tag(name = "Selections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoreResource {

    private static final Map<String, String> SORTABLE = Map.of("scoredAt", "scoredAt",
            "criterionCode", "criterionCode", "evaluatorId", "evaluatorId");

    @Inject
    Selections writer;

    @Inject
    EvaluatorScoreRepository scores;

    @Inject
    SelectionRepository selections;

    @Inject
    ScorecardHistory history;

    // partner users reach this method only to be answered 404, as for any selection id (they find none)
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.RND, Roles.QUALITY, Roles.REGULATORY, Roles.LEGAL, Roles.FINANCE, Roles.SUPPLY_CHAIN,
            Roles.CLINICAL, Roles.PARTNER_USER})
    @Operation(summary = "Score a candidate on a criterion", description = "As the function named, which must be "
            + "one of the caller's roles (403). One current score per evaluator, candidate and criterion: a first "
            + "score answers 201, a re-score replaces it (200; X-Change-Reason required, the audit trail keeps the "
            + "old value). A decided selection refuses scores (409). Scores outside the template's scale: 400 "
            + "naming score; unknown candidate or criterion: 422 naming candidatePartnerId or criterionCode.")
    @APIResponse(responseCode = "201", description = "The evaluator's first score on this criterion", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "200", description = "The evaluator's score, replaced", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreView.class)))
    public Response score(@PathParam("id") UUID id, @Valid @NotNull ScoreRequest request) {
        Selection.ScoreRecorded recorded = writer.score(id, request.toSubmission());
        Response.Status status = recorded.outcome() == Selection.ScoreOutcome.CREATED
                ? Response.Status.CREATED : Response.Status.OK;
        ScoreView score = ScoreView.of(recorded.score());
        // tagged here, not by VersionETag, so that a replay under the same Idempotency-Key carries the tag too
        return Response.status(status).tag(Preconditions.etag(score.version())).entity(score).build();
    }

    @Transactional
    @GET
    @Operation(summary = "List a selection's current scores", description = "Paged; filter by candidate, "
            + "criterion, function and evaluator.")
    public Page<ScoreView> list(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page,
                                @QueryParam("candidatePartnerId") UUID candidate,
                                @QueryParam("criterionCode") String criterionCode,
                                @QueryParam("function") EvaluatingFunction function,
                                @QueryParam("evaluatorId") String evaluatorId) {
        selections.require(id);
        return Page.of(scores.of(id, candidate, criterionCode, function, evaluatorId, page.sort(SORTABLE, "scoredAt")),
                page, ScoreView::of);
    }

    @Transactional
    @GET
    @Path("/history")
    @Operation(summary = "Audit trail of a selection's scores", description = "Per score, every value it had with "
            + "who, when and why (a re-score shows the old and the new value). Filter by candidate and criterion.")
    public ScoreHistoryView history(@PathParam("id") UUID id, @QueryParam("candidatePartnerId") UUID candidate,
                                    @QueryParam("criterionCode") String criterionCode) {
        selections.require(id);
        List<EvaluatorScore> found = scores.of(id, candidate, criterionCode, null, null,
                Sort.ascending("candidatePartnerId", "criterionCode", "evaluatorId")).list();
        return new ScoreHistoryView(found.stream()
                .map(s -> ScoreHistoryView.Item.of(s, history.ofScore(s))).toList());
    }
}
