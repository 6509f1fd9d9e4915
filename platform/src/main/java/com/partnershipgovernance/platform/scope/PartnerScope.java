package com.partnershipgovernance.platform.scope;

import com.partnershipgovernance.platform.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The partner a request is confined to. A partner user's request is confined to the partner of their token
 * ({@code partner_id}); a sponsor user's request, and work outside a request (event consumers, jobs), to none.
 * <p>
 * The Hibernate filter {@value #FILTER} (defined in this package) carries the confinement into every query: an entity
 * whose rows belong to a partner declares {@code @Filter(name = PartnerScope.FILTER)} for its {@code partner_id}
 * column, or a condition of its own ({@link #OWN_PARTNER_ID}'s shape, e.g. {@code (:unconfined or risk_id in (select
 * r.id from risk r where r.partner_id = :partnerId))}) for a row reached through its parent, so that
 * no endpoint has to remember a check and none can forget one: another partner's record is simply not there (404).
 */
public final class PartnerScope {

    /** The filter's name, for {@code @Filter(name = PartnerScope.FILTER)}. */
    public static final String FILTER = "partner-scope";
    /** Parameter: true when the request is confined to no partner. */
    public static final String UNCONFINED = "unconfined";
    /** Parameter: the partner a confined request may read (the nil id when the token names none). */
    public static final String PARTNER = "partnerId";
    /** The default condition: the row's own {@code partner_id} column. */
    public static final String OWN_PARTNER_ID = "(:" + UNCONFINED + " or partner_id = :" + PARTNER + ")";
    /** The condition for partner-service's own partner rows, whose id is the partner id. */
    public static final String OWN_ID = "(:" + UNCONFINED + " or id = :" + PARTNER + ")";

    private static final UUID NO_PARTNER = new UUID(0, 0);

    private PartnerScope() {
    }

    /** The partner the current request is confined to; empty for a sponsor user or outside a request. */
    public static Optional<UUID> current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        Caller caller = container.instance(Caller.class).get();
        return caller.isPartnerUser() ? Optional.of(caller.partnerId().orElse(NO_PARTNER)) : Optional.empty();
    }

    /** Resolves {@value #UNCONFINED} for each query. */
    public static final class Unconfined implements Supplier<Boolean> {
        @Override
        public Boolean get() {
            return current().isEmpty();
        }
    }

    /** Resolves {@value #PARTNER} for each query. */
    public static final class Partner implements Supplier<UUID> {
        @Override
        public UUID get() {
            return current().orElse(NO_PARTNER);
        }
    }
}
