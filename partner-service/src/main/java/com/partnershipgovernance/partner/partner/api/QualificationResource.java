package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.PartnerQualification;
import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.partner.domain.QualificationChangeRepository;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The qualification lifecycle of a partner: move it (quality only; approvals signed) and read its history. */
@Path("/partners/{id}/qualification")
@Tag(name = "Qualification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualificationResource {

    @Inject
    PartnerQualification qualification;

    @Inject
    QualificationChangeRepository changes;

    @Inject
    PartnerRepository partners;

    // the answer reads lazy collections: build it inside the transaction
    @Transactional
    @POST
    @RolesAllowed(Roles.QUALITY)
    @Operation(summary = "Change a partner's qualification", description = "Needs If-Match. Approving "
            + "(QUALIFIED, CONDITIONALLY_APPROVED) needs an electronic signature with a fresh token; an illegal "
            + "move answers 409. Publishes partner.qualification-changed.")
    public PartnerView change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull ChangeQualificationRequest request) {
        Partner partner = qualification.change(id, ifMatch, request.to(), request.reason(),
                request.signature() == null ? null : request.signature().meaning());
        return PartnerView.of(partner);
    }

    @GET
    @Path("/history")
    @Operation(summary = "Qualification history", description = "Every move with reason, who, when and signature.")
    public QualificationChangeView.History history(@PathParam("id") UUID id) {
        Partner partner = partners.require(id, true);
        return new QualificationChangeView.History(changes.historyOf(id).stream()
                .map(c -> QualificationChangeView.of(c, partner)).toList());
    }
}
