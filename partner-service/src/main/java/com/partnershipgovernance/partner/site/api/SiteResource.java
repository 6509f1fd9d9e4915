package com.partnershipgovernance.partner.site.api;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.site.SiteRegister;
import com.partnershipgovernance.partner.site.domain.GmpCertificate;
import com.partnershipgovernance.partner.site.domain.GmpCertificateRepository;
import com.partnershipgovernance.partner.site.domain.Site;
import com.partnershipgovernance.partner.site.domain.SiteRepository;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Created;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    PartnerRepository partners;

    @Inject
    SiteRepository sites;

    @Inject
    GmpCertificateRepository certificates;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Add a site", description = "Honours Idempotency-Key.")
    @APIResponseSchema(value = SiteView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response addSite(@PathParam("partnerId") UUID partnerId, @Valid @NotNull SiteRequest request,
                            @Context UriInfo uri) {
        Site site = register.addSite(partnerId, request.name(), request.country());
        return Created.in(uri, site.id(), SiteView.of(site, List.of()));
    }

    @POST
    @Path("/{siteId}/certificates")
    @IdempotentCreate
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Add a GMP certificate to a site", description = "expiresOn must follow issuedOn.")
    @APIResponseSchema(value = CertificateView.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response addCertificate(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId,
                                   @Valid @NotNull CertificateRequest request, @Context UriInfo uri) {
        request.checkDates();
        GmpCertificate certificate = register.addCertificate(partnerId, siteId, request.issuingAuthority(),
                request.certificateNumber(), request.issuedOn(), request.expiresOn(), request.scope());
        return Created.in(uri, certificate.id(), CertificateView.of(certificate, LocalDate.now(clock)));
    }

    @PUT
    @Path("/{siteId}")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Correct a site", description = "Needs If-Match and X-Change-Reason.")
    public SiteView describeSite(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId,
                                 @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SiteRequest request) {
        Site site = register.describeSite(partnerId, siteId, ifMatch, request.name(), request.country());
        return view(site, LocalDate.now(clock));
    }

    @PUT
    @Path("/{siteId}/certificates/{certificateId}")
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Correct a GMP certificate", description = "Needs If-Match and X-Change-Reason. A renewed "
            + "certificate is added as a new one; a corrected expiry date is announced afresh when it is due.")
    public CertificateView correctCertificate(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId,
                                              @PathParam("certificateId") UUID certificateId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @Valid @NotNull CertificateRequest request) {
        request.checkDates();
        GmpCertificate certificate = register.correctCertificate(partnerId, siteId, certificateId, ifMatch,
                request.issuingAuthority(), request.certificateNumber(), request.issuedOn(), request.expiresOn(),
                request.scope());
        return CertificateView.of(certificate, LocalDate.now(clock));
    }

    @GET
    @Path("/{siteId}")
    @Operation(summary = "Read a site", description = "With its certificates; its version as ETag.")
    public SiteView site(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId) {
        return view(register.site(partnerId, siteId, false), LocalDate.now(clock));
    }

    @GET
    @Path("/{siteId}/certificates/{certificateId}")
    @Operation(summary = "Read a GMP certificate", description = "With whether it is expiring; its version as ETag.")
    public CertificateView certificate(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId,
                                       @PathParam("certificateId") UUID certificateId) {
        return CertificateView.of(register.certificate(partnerId, siteId, certificateId, false), LocalDate.now(clock));
    }

    @GET
    @Path("/{siteId}/history")
    @Operation(summary = "Audit trail of a site")
    public AuditHistory siteHistory(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId) {
        register.site(partnerId, siteId, true);
        return auditTrail.historyOf(Site.class, siteId);
    }

    @GET
    @Path("/{siteId}/certificates/{certificateId}/history")
    @Operation(summary = "Audit trail of a GMP certificate")
    public AuditHistory certificateHistory(@PathParam("partnerId") UUID partnerId, @PathParam("siteId") UUID siteId,
                                           @PathParam("certificateId") UUID certificateId) {
        register.certificate(partnerId, siteId, certificateId, true);
        return auditTrail.historyOf(GmpCertificate.class, certificateId);
    }

    @GET
    @Operation(summary = "A partner's sites with their certificates")
    public SiteView.Items list(@PathParam("partnerId") UUID partnerId) {
        partners.requireActive(partnerId);
        LocalDate today = LocalDate.now(clock);
        return new SiteView.Items(sites.ofPartner(partnerId).stream().map(s -> view(s, today)).toList());
    }

    private SiteView view(Site site, LocalDate today) {
        return SiteView.of(site, certificates.ofSite(site.id()).stream().map(c -> CertificateView.of(c, today)).toList());
    }
}
