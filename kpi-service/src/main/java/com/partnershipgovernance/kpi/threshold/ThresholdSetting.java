package com.partnershipgovernance.kpi.threshold;

import com.partnershipgovernance.kpi.definition.domain.KpiDefinition;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.kpi.threshold.domain.RagLimits;
import com.partnershipgovernance.kpi.threshold.domain.RagThreshold;
import com.partnershipgovernance.kpi.threshold.domain.RagThresholdRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Sets the targets and RAG thresholds of KPIs, per partner or as the portfolio default; admin and
 * quality own them. Thresholds are never edited: new ones take over from a date, and the old ones are
 * ended the day before.
 */
@ApplicationScoped
public class ThresholdSetting {

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    RagThresholdRepository thresholds;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    ChangeContext changeContext;

    @Inject
    Event<ThresholdsChanged> changed;

    @Inject
    Clock clock;

    /** Published (in the transaction) when thresholds of a KPI change, so current RAGs are re-read. */
    public record ThresholdsChanged(String kpiCode, UUID partnerId) {
    }

    /**
     * Sets new thresholds.
     *
     * @throws RecordNotFoundException when the KPI does not exist
     * @throws BusinessRuleException   naming {@code partnerId} for a partner kpi-service does not know,
     *                                 {@code redThreshold} or {@code target} in the wrong order for the
     *                                 KPI's direction, or {@code validFrom} when the validity overlaps
     *                                 thresholds of the same KPI and partner
     */
    @Transactional
    public RagThreshold set(String kpiCode, UUID partnerId, RagLimits limits, LocalDate validFrom,
                            LocalDate validUntil, String comment) {
        // the lock serialises threshold changes of one KPI, so two overlapping ones cannot both pass the check
        KpiDefinition kpi = definitions.byCodeLocked(kpiCode)
                .orElseThrow(() -> RecordNotFoundException.of("KPI", kpiCode));
        if (partnerId != null && partners.findByIdOptional(partnerId).isEmpty()) {
            throw BusinessRuleException.onField("partnerId", "is not a partner kpi-service knows of");
        }
        RagThreshold threshold = new RagThreshold(kpiCode, kpi.direction(), partnerId, limits, validFrom, validUntil,
                comment, clock.instant());
        thresholds.ofScope(kpiCode, partnerId).stream().filter(t -> t.overlaps(validFrom, validUntil)).findFirst()
                .ifPresent(t -> {
                    throw BusinessRuleException.onField("validFrom", "overlaps the thresholds " + t.id()
                            + " valid from " + t.validFrom() + (t.validUntil() == null ? " (open-ended)"
                            : " until " + t.validUntil()) + "; end those first");
                });
        thresholds.persistAndFlush(threshold);
        changed.fire(new ThresholdsChanged(kpiCode, partnerId));
        return threshold;
    }

    /** Ends thresholds on {@code lastDay}; needs If-Match and a reason. */
    @Transactional
    public RagThreshold end(UUID id, String ifMatch, LocalDate lastDay, String reason) {
        RagThreshold threshold = thresholds.findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of("Thresholds", id));
        definitions.byCodeLocked(threshold.kpiCode());
        Preconditions.requireIfMatch(ifMatch, threshold.version());
        changeContext.because(reason);
        // a later last day must not reach into the validity of thresholds that took over
        thresholds.ofScope(threshold.kpiCode(), threshold.partnerId()).stream()
                .filter(t -> !t.id().equals(id) && t.overlaps(threshold.validFrom(), lastDay)).findFirst()
                .ifPresent(t -> {
                    throw BusinessRuleException.onField("validUntil", "reaches into the thresholds " + t.id()
                            + " valid from " + t.validFrom());
                });
        threshold.endOn(lastDay);
        thresholds.flush();
        changed.fire(new ThresholdsChanged(threshold.kpiCode(), threshold.partnerId()));
        return threshold;
    }
}
