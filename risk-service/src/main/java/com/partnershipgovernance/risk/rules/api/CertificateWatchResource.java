package com.partnershipgovernance.risk.rules.api;

import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.risk.rules.CertificateWatches;
import com.partnershipgovernance.risk.rules.domain.CertificateWatch;
import com.partnershipgovernance.risk.rules.domain.CertificateWatchRepository;
import com.partnershipgovernance.risk.rules.domain.CertificateWatchStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * The GMP certificates certificate-expiry-risk watches, and the recording of their renewal: partner-service does
 * not announce renewals, so the sponsor's quality function records them here.
 */
@Path("/certificate-watches")
@Tag(name = "Risk rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateWatchResource {

    private static final Map<String, String> SORTABLE = Map.of("expiresOn", "expiresOn", "openedAt", "openedAt");

    @Inject
    CertificateWatches certificateWatches;

    @Inject
    CertificateWatchRepository watches;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "Watched certificates", description = "Paged, soonest expiry first; filter by partner and "
            + "status. A partner user sees only their own partner's certificates.")
    public Page<CertificateWatchView> list(@BeanParam @Valid PageRequest page, @QueryParam("partnerId") UUID partnerId,
                                           @QueryParam("status") CertificateWatchStatus status) {
        return Page.of(watches.matching(partnerId, status, page.sort(SORTABLE, "expiresOn").and("id")), page,
                CertificateWatchView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a watched certificate", description = "With its version as ETag.")
    public CertificateWatchView get(@PathParam("id") UUID id) {
        return CertificateWatchView.of(certificateWatches.find(id));
    }

    @POST
    @Path("/{id}/renewal")
    @RolesAllowed({Roles.ADMIN, Roles.QUALITY})
    @Operation(summary = "Record a certificate's renewal", description = "The new certificate's reference and expiry "
            + "date (later than the watched one and in the future, else 400 naming expiresOn) with a reason; the "
            + "certificate-expiry job then raises no risk for it. Needs If-Match; a watch no longer WATCHING "
            + "answers 409. Quality and admin only.")
    public CertificateWatchView renew(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull RenewalRequest request) {
        return CertificateWatchView.of(certificateWatches.renew(id, ifMatch, request.certificateRef().strip(),
                request.expiresOn(), request.reason().strip()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Audit trail of a watched certificate", description = "Who changed what, when and why.")
    public AuditHistory history(@PathParam("id") UUID id) {
        certificateWatches.find(id);
        return auditTrail.historyOf(CertificateWatch.class, id);
    }
}
