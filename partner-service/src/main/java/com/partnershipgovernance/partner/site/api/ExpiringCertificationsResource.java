package com.partnershipgovernance.partner.site.api;

import com.partnershipgovernance.partner.site.CertificateExpiryWatch;
import com.partnershipgovernance.partner.site.domain.GmpCertificateRepository;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** GMP certificates that expire soon (or have expired), across the portfolio (a partner user's: their own). */
@Path("/certifications/expiring")
@Tag(name = "Sites and GMP certificates")
@Produces(MediaType.APPLICATION_JSON)
public class ExpiringCertificationsResource {

    @Inject
    GmpCertificateRepository certificates;

    @Inject
    CertificateExpiryWatch watch;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Certificates expiring soon", description = "Within withinDays (default: the "
            + "configured window, 90 days), soonest first; expired ones included.")
    public CertificateView.Items expiring(@QueryParam("withinDays") @Min(0) @Max(3650) Integer withinDays) {
        LocalDate today = LocalDate.now(clock);
        int window = withinDays == null ? watch.windowDays() : withinDays;
        return new CertificateView.Items(certificates.expiringBy(today.plusDays(window)).stream()
                .map(c -> CertificateView.of(c, today)).toList());
    }
}
