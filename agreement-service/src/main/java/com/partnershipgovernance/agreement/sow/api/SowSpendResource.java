package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.shared.domain.Currencies;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.agreement.lifecycle.AgreementAccess;
import com.partnershipgovernance.agreement.sow.StatementOfWorkKind;
import com.partnershipgovernance.agreement.sow.SowSpending;
import com.partnershipgovernance.agreement.sow.domain.SpendLineRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.http.IdempotentCreate;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Spend against a SOW: ERP integrations post invoices and purchase orders; anyone reading the SOW reads them. */
@Path("/sows/{id}/spend")
@Tag(name = "SOWs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SowSpendResource {

    @Inject
    SowSpending spending;

    @Inject
    AgreementAccess access;

    @Inject
    StatementOfWorkKind sows;

    @Inject
    SpendLineRepository lines;

    @POST
    @IdempotentCreate
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Post spend against a SOW", description = "An ERP posts an invoice or purchase order "
            + "against an executed SOW (else 422 naming sowId) by its reference (409 when the SOW has it already), "
            + "in the currency of the SOW budget (else 422 naming amount.currency). Honours Idempotency-Key. "
            + "Publishes sow.spend-recorded.")
    @APIResponseSchema(value = SpendView.Lines.class, responseCode = "201",
            responseDescription = "Created: the new record, its URL in Location and its version in ETag")
    public Response post(@PathParam("id") UUID id, @Valid @NotNull SpendRequest request) {
        if (!Currencies.isKnown(request.amount().currency())) {
            throw new ValidationException("amount.currency", "is not an ISO 4217 currency code");
        }
        SowSpending.Posted posted = spending.record(id, request.externalRef().strip(), request.kind(),
                new Money(request.amount().amount(), request.amount().currency()), request.date());
        return Response.status(Response.Status.CREATED)
                .entity(new SpendView.Lines(id, SpendView.Position.of(posted.position()),
                        java.util.List.of(SpendView.of(posted.line()))))
                .build();
    }

    @Transactional
    @GET
    @Operation(summary = "Spend against a SOW", description = "Every posting, oldest first, with the budget "
            + "position: spent (invoices), committed (purchase orders), variance.")
    public SpendView.Lines list(@PathParam("id") UUID id) {
        StatementOfWork sow = access.readable(sows, id);
        return new SpendView.Lines(sow.id(), SpendView.Position.of(spending.position(sow)),
                lines.ofSow(sow.id()).stream().map(SpendView::of).toList());
    }
}
