package com.partnershipgovernance.agreement.partner.api;

import com.partnershipgovernance.agreement.partner.domain.KnownPartner;
import com.partnershipgovernance.agreement.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
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

/** The partners agreement-service knows of, read from its own table. */
@Path("/partners")
@Tag(name = "Known partners")
@Produces(MediaType.APPLICATION_JSON)
public class KnownPartnerResource {

    private static final Map<String, String> SORTABLE = Map.of("legalName", "legalName", "updatedAt", "updatedAt");

    @Inject
    KnownPartnerRepository partners;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @Operation(summary = "A known partner", description = "As last announced on partner.events.v1.")
    public KnownPartnerView get(@PathParam("id") UUID id) {
        boolean foreign = caller.isPartnerUser() && !caller.partnerId().map(id::equals).orElse(false);
        return partners.findByIdOptional(id).filter(p -> !foreign && p.legalName() != null)
                .map(KnownPartnerView::of)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", id));
    }

    @GET
    @Operation(summary = "Known partners", description = "Paged, sorted by legal name by default.")
    public Page<KnownPartnerView> list(@BeanParam @Valid PageRequest page) {
        String where = "legalName is not null";
        Parameters parameters = new Parameters();
        if (caller.isPartnerUser()) {
            where += " and id = :own";
            parameters.and("own", caller.partnerId().orElse(new UUID(0, 0)));
        }
        return Page.of(partners.find(where, page.sort(SORTABLE, "legalName"), parameters), page,
                KnownPartnerView::of);
    }
}
