package com.partnershipgovernance.kpi.derived.events;

import com.partnershipgovernance.kpi.derived.domain.DerivedKpi;
import com.partnershipgovernance.kpi.measurement.DerivedMeasurements;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every handler of another service's events does to derive KPIs: keep its own record of what the
 * event told (the first event about a thing creates it), then derive the KPIs of the partner for the
 * period the event falls in, with the event as cause.
 */
abstract class EventDerivation {

    @Inject
    EntityManager em;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    DerivedMeasurements derived;

    /**
     * {@code found} (or, when null, a {@code first} record of the partner, stored) changed by {@code change} and
     * flushed, so that the derivation reads it.
     */
    <T> T heard(UUID partnerId, T found, Supplier<T> first, Consumer<T> change) {
        partners.ensureKnown(partnerId);
        T record = found == null ? first.get() : found;
        // a new record takes the event's facts before it is stored, so that it is written once
        change.accept(record);
        if (found == null) {
            em.persist(record);
        }
        em.flush();
        return record;
    }

    /** Derives {@code kpis} of the partner in their periods containing {@code day}, caused by {@code event}. */
    void derive(InboundEvent event, UUID partnerId, LocalDate day, DerivedKpi... kpis) {
        DerivedMeasurements.Cause cause = new DerivedMeasurements.Cause(event.id(), event.shortType());
        for (DerivedKpi kpi : kpis) {
            derived.derive(kpi, partnerId, day, cause);
        }
    }
}
