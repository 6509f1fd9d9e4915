package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.partner.audit.domain.SponsorAuditRepository;
import com.partnershipgovernance.platform.http.Page;
import com.partnershipgovernance.platform.http.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The sponsor's audits across the portfolio, paged and filtered; a partner user sees only their partner's. */
@Path("/audits")
@Tag(name = "Sponsor audits")
@Produces(MediaType.APPLICATION_JSON)
public class AuditsResource {

    private static final Map<String, String> SORTABLE = Map.of("plannedOn", "plannedOn", "performedOn", "performedOn",
            "closedOn", "closedOn", "type", "type", "status", "status", "createdAt", "createdAt");

    @Inject
    SponsorAuditRepository audits;

    @Inject
    AuditViews views;

    @GET
    @Operation(summary = "List audits", description = "Paged (sort by plannedOn, performedOn, closedOn, type, "
            + "status, createdAt; - descends); filter by partnerId, siteId, status and type. Each audit comes with "
            + "its finding counts and, when late, why it is overdue.")
    public Page<AuditView> list(@BeanParam @Valid PageRequest page, @BeanParam AuditFilter filter) {
        PanacheQuery<SponsorAudit> query = audits.search(filter.search(), page.sort(SORTABLE, "plannedOn"));
        List<SponsorAudit> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return new Page<>(views.of(items), page.page(), page.size(), query.count());
    }
}
