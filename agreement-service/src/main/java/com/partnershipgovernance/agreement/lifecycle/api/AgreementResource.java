package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.agreement.lifecycle.AgreementDrafting;
import com.partnershipgovernance.agreement.lifecycle.AgreementHistory;
import com.partnershipgovernance.agreement.lifecycle.AgreementLifecycle;
import com.partnershipgovernance.agreement.lifecycle.AgreementRequest;
import com.partnershipgovernance.agreement.lifecycle.KindOfAgreement;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The records of one kind of agreement: draft one, edit its draft, read, read its audit trail, move it in
 * its lifecycle, clear its review flag. A subclass per kind carries only its {@code @Path}, its tag, its kind and
 * its view; {@link AgreementRoles} gives each write to the kind's drafters or owners, and
 * {@code META-INF/openapi.yaml} documents each operation for each kind.
 *
 * @param <R>    the request that drafts or edits
 * @param <VIEW> how the API shows an agreement of this kind
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class AgreementResource<A extends VersionedAgreement<V, T>, V extends AgreementVersion<T>,
        T extends AgreementTerms, R extends AgreementRequest<T>, VIEW extends AgreementAnswer> {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    AgreementDrafting drafting;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    AgreementAccess access;

    @Inject
    AgreementHistory history;

    private final KindOfAgreement<A, V, T, R> kind;
    private final Function<A, VIEW> view;

    protected AgreementResource(KindOfAgreement<A, V, T, R> kind, Function<A, VIEW> view) {
        this.kind = kind;
        this.view = view;
    }

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @IdempotentCreate
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY})
    @Extension(name = AgreementRoles.DUTY, value = "DRAFT")
    @APIResponse(responseCode = "201", description = AgreementRoles.CREATED)
    public Response draft(@Valid @NotNull R request, @Context UriInfo uri) {
        A agreement = drafting.draft(kind, request);
        return Created.in(uri, agreement.id(), view.apply(agreement));
    }

    @Transactional
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY})
    @Extension(name = AgreementRoles.DUTY, value = "DRAFT")
    @APIResponse(responseCode = "200", description = AgreementRoles.AS_IT_STANDS)
    public VIEW revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull R request) {
        return view.apply(drafting.revise(kind, id, ifMatch, request));
    }

    @Transactional
    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = AgreementRoles.AS_IT_STANDS)
    public VIEW get(@PathParam("id") UUID id) {
        return view.apply(access.readable(kind, id));
    }

    @GET
    @Path("/{id}/history")
    public AuditHistory history(@PathParam("id") UUID id) {
        return history.of(access.readable(kind, id));
    }

    @Transactional
    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY})
    @Extension(name = AgreementRoles.DUTY, value = "OWN")
    @APIResponse(responseCode = "200", description = AgreementRoles.AS_IT_STANDS)
    public VIEW change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                       @Valid @NotNull StatusChangeRequest request) {
        return view.apply(lifecycle.change(kind, id, ifMatch, request.version(), request.to(), request.reason(),
                request.signature() == null ? null : request.signature().meaning()));
    }

    @DELETE
    @Path("/{id}/review-flag")
    @RolesAllowed({Roles.LEGAL, Roles.FINANCE, Roles.QUALITY})
    @Extension(name = AgreementRoles.DUTY, value = "OWN")
    @APIResponse(responseCode = "204", description = "Done; the record's new version in ETag")
    public Response clearReviewFlag(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        A agreement = lifecycle.clearReviewFlag(kind, id, ifMatch);
        return Response.noContent().tag(Preconditions.etag(agreement.version())).build();
    }

    /**
     * A page of the agreements {@code filter} asks for, newest first by default. Each kind
     * declares its list ({@code GET}) with its filters and answers it with this.
     */
    protected Page<VIEW> find(PageRequest page, AgreementFilter filter) {
        return Page.of(filter.criteria()
                .find(kind.agreements(), page.sort(SORTABLE, "-createdAt")), page, view);
    }
}
