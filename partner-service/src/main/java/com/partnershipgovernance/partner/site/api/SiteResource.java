package com.partnershipgovernance.partner.site.api;

import com.partnershipgovernance.partner.partner.PartnerAccess;
import com.partnershipgovernance.partner.site.SiteRegister;
import com.partnershipgovernance.partner.site.domain.GmpCertificate;
import com.partnershipgovernance.partner.site.domain.GmpCertificateRepository;
import com.partnershipgovernance.partner.site.domain.Site;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A partner's sites and their GMP certificates; quality owns them. */
@Path("/partners/{partnerId}/sites")
@Tag(name = "Sites and GMP certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    SiteRegister register;

    @Inject
    PartnerAccess access;

    @Inject
    SiteRepository sites;

    @Inject
    GmpCertificateRepository certificates;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Add a site", description = "Honours Idempotency-Key.")
    public Response addSite(@PathParam("partnerId") UUID partnerId, @Valid @NotNull SiteRequest request,
                            @Context UriInfo uri) {
        Site site = register.addSite(partnerId, request.name(), request.country());
        return Response.created(uri.getAbsolutePathBuilder().path(site.id().toString()).build())
                .tag(Preconditions.etag(site.version()))
                .entity(SiteView.of(site, java.util.List.of())).build();
    }

    @POST
    @Path("/{siteId}/certificates")
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Add a GMP certificate to a site", description = "expiresOn must follow issuedOn.")
    public Response addCertificate(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId,
                                   @Valid @NotNull CertificateRequest request) {
        request.checkDates();
        GmpCertificate certificate = register.addCertificate(partnerId, siteId, request.issuingAuthority(),
                request.certificateNumber(), request.issuedOn(), request.expiresOn(), request.scope());
        return Response.status(Response.Status.CREATED)
                .entity(CertificateView.of(certificate, LocalDate.now(clock))).build();
    }

    @GET
    @Operation(summary = "A partner's sites with their certificates")
    public SiteView.Items list(@PathParam("partnerId") UUID partnerId) {
        access.readable(partnerId);
        LocalDate today = LocalDate.now(clock);
        return new SiteView.Items(sites.list("partnerId", partnerId).stream()
                .map(s -> SiteView.of(s, certificates.ofSite(s.id()).stream()
                        .map(c -> CertificateView.of(c, today)).toList()))
                .toList());
    }
}
