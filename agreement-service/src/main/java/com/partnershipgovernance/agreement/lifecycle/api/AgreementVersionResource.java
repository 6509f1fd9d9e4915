package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.agreement.lifecycle.AgreementLifecycle;
import com.partnershipgovernance.agreement.lifecycle.KindOfAgreement;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReviewRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChangeRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The versions of one kind of agreement: amend an executed one, read every version, compare two field by field,
 * record and read periodic reviews. A subclass per kind carries only its {@code @Path} ({@code /kind/{id}}), its
 * tag, its kind and its views; {@link AgreementRoles} gives each write to the kind's drafters or owners.
 *
 * @param <VIEW>     how the API shows an agreement of this kind
 * @param <VERSION>  how it shows one of its versions
 * @param <VERSIONS> how it lists them
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class AgreementVersionResource<A extends VersionedAgreement<V, ?>, V extends AgreementVersion<?>,
        VIEW extends AgreementAnswer, VERSION, VERSIONS> {

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    AgreementAccess access;

    @Inject
    AgreementStatusChangeRepository moves;

    @Inject
    AgreementReviewRepository reviews;

    private final KindOfAgreement<A, V, ?, ?> kind;
    private final Views<A, V, VIEW, VERSION, VERSIONS> views;

    protected AgreementVersionResource(KindOfAgreement<A, V, ?, ?> kind, Views<A, V, VIEW, VERSION, VERSIONS> views) {
        this.kind = kind;
        this.views = views;
    }

    /**
     * How the API shows an agreement of one kind and its versions.
     *
     * @param agreement the agreement as it stands
     * @param version   one version with its moves
     * @param versions  the list of its versions
     */
    public record Views<A, V, VIEW, VERSION, VERSIONS>(Function<A, VIEW> agreement, VersionView<A, V, VERSION> version,
                                                        Function<A, VERSIONS> versions) {
    }

    /** One version of an agreement with every move of its lifecycle. */
    @FunctionalInterface
    public interface VersionView<A, V, VERSION> {
        VERSION of(A agreement, V version, List<AgreementStatusChange> moves);
    }

    @Transactional
    @POST
    @IdempotentCreate
    @Path("/amendments")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY})
    @Extension(name = AgreementRoles.DUTY, value = "DRAFT")
    @APIResponse(responseCode = "201", description = AgreementRoles.CREATED)
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull AmendmentRequest request, @Context UriInfo uri) {
        A agreement = lifecycle.amend(kind, id, ifMatch, request.reason());
        // the new version's URL ends in its number, not in an id as Created's do
        return Response.created(uri.getBaseUriBuilder().path(kind.kind().path()).path(id.toString())
                        .path("versions").path(Integer.toString(agreement.latestVersion())).build())
                .tag(Preconditions.etag(agreement.version()))
                .entity(views.agreement().apply(agreement))
                .build();
    }

    @Transactional
    @GET
    @Path("/versions")
    public VERSIONS versions(@PathParam("id") UUID id) {
        return views.versions().apply(access.readable(kind, id));
    }

    @Transactional
    @GET
    @Path("/versions/{n}")
    public VERSION version(@PathParam("id") UUID id, @PathParam("n") int number) {
        A agreement = access.readable(kind, id);
        return views.version().of(agreement, agreement.version(number), moves.ofVersion(agreement.id(), number));
    }

    @Transactional
    @GET
    @Path("/versions/{a}/compare/{b}")
    public VersionComparison compare(@PathParam("id") UUID id, @PathParam("a") int a, @PathParam("b") int b) {
        return VersionComparison.of(access.readable(kind, id), a, b);
    }

    @Transactional
    @POST
    @Path("/reviews")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY})
    @Extension(name = AgreementRoles.DUTY, value = "OWN")
    @APIResponse(responseCode = "200", description = AgreementRoles.AS_IT_STANDS)
    public ReviewView review(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull ReviewRequest request) {
        AgreementReview review = lifecycle.recordReview(kind, id, ifMatch, request.outcome(), request.comments(),
                request.nextReviewOn());
        return ReviewView.of(review, access.readable(kind, id).version());
    }

    @Transactional
    @GET
    @Path("/reviews")
    public ReviewView.Reviews reviews(@PathParam("id") UUID id) {
        A agreement = access.readable(kind, id);
        return new ReviewView.Reviews(agreement.id(),
                reviews.ofAgreement(agreement.id()).stream().map(r -> ReviewView.of(r, agreement.version())).toList());
    }
}
