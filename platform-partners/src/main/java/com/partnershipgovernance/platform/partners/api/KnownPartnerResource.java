package com.partnershipgovernance.platform.partners.api;

import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/** The partners this service knows of, read from its own table (a partner user: their own partner only). */
@Path("/partners")
@Tag(name = "Known partners")
@Produces(MediaType.APPLICATION_JSON)
public class KnownPartnerResource {

    private static final Map<String, String> SORTABLE = Map.of("legalName", "legalName", "updatedAt", "updatedAt");

    @Inject
    KnownPartnerRepository partners;

    @GET
    @Path("/{id}")
    @Operation(summary = "A known partner", description = "As last announced on partner.events.v1.")
    public KnownPartnerView get(@PathParam("id") UUID id) {
        return partners.findRegistered(id).map(KnownPartnerView::of)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", id));
    }

    @GET
    @Operation(summary = "Known partners", description = "Paged, sorted by legal name by default.")
    public Page<KnownPartnerView> list(@BeanParam @Valid PageRequest page) {
        return Page.of(partners.find("legalName is not null", page.sort(SORTABLE, "legalName")), page,
                KnownPartnerView::of);
    }
}
