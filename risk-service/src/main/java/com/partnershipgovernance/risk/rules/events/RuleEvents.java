package com.partnershipgovernance.risk.rules.events;

import com.partnershipgovernance.risk.rules.domain.CertificateExpiryFacts;
import com.partnershipgovernance.risk.rules.domain.DeviationClosureFacts;
import com.partnershipgovernance.risk.rules.domain.DeviationFacts;
import com.partnershipgovernance.risk.rules.domain.KpiBreachFacts;
import com.partnershipgovernance.risk.rules.domain.MissedMilestoneFacts;
import com.partnershipgovernance.risk.rules.domain.PartnerStandingFacts;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The fields of the other services' events the rules read (EVENTS.md), as risk-service's own types,
 * and how each becomes a policy's facts. The consumers and scenario planning both read events
 * through these, so a hypothetical event is understood exactly as the real one.
 */
public final class RuleEvents {

    public static final String DEVIATION_REPORTED = "deviation.reported";
    public static final String DEVIATION_CLASSIFIED = "deviation.classified";
    public static final String DEVIATION_CLOSED = "deviation.closed";
    public static final String MILESTONE_MISSED = "milestone.missed";
    public static final String KPI_BREACHED = "kpi.breached";
    public static final String QUALIFICATION_CHANGED = "partner.qualification-changed";
    public static final String CERTIFICATION_EXPIRING = "partner.certification-expiring";

    private RuleEvents() {
    }

    /** {@code deviation.reported} and {@code deviation.classified} (agreement.deviations.v1). */
    public record DeviationEvent(@NotNull UUID deviationId, @NotNull UUID partnerId, UUID sowId, String externalRef,
                                 @NotBlank String category, String severity) {

        public DeviationFacts toFacts() {
            return new DeviationFacts(deviationId, partnerId, sowId, externalRef, category, severity, null);
        }
    }

    /** {@code deviation.closed} (agreement.deviations.v1). */
    public record DeviationClosed(@NotNull UUID deviationId, @NotNull UUID partnerId, LocalDate closedOn,
                                  Integer daysOpen, String rootCause, Integer capaCount) {

        public DeviationClosureFacts toFacts() {
            return new DeviationClosureFacts(deviationId, partnerId, closedOn, daysOpen, rootCause, capaCount, null);
        }
    }

    /** {@code kpi.breached} (kpi.events.v1). */
    public record KpiBreached(@NotNull UUID partnerId, @NotBlank String kpiCode, @NotBlank String kpiCategory,
                              String period, BigDecimal value, BigDecimal target) {

        public KpiBreachFacts toFacts() {
            return new KpiBreachFacts(partnerId, kpiCode, kpiCategory, period, value, target, false);
        }
    }

    /** {@code milestone.missed} (agreement.milestones.v1). */
    public record MilestoneMissed(@NotNull UUID milestoneId, UUID sowId, UUID msaId, @NotNull UUID partnerId,
                                  @NotBlank String sowKind, String name, LocalDate dueDate, Integer daysOverdue,
                                  @NotNull @Min(1) Integer missCountForSow) {

        public MissedMilestoneFacts toFacts() {
            return new MissedMilestoneFacts(milestoneId, sowId, msaId, partnerId, sowKind,
                    name == null ? milestoneId.toString() : name, dueDate, daysOverdue == null ? 0 : daysOverdue,
                    missCountForSow);
        }
    }

    /** {@code partner.qualification-changed} (partner.events.v1). */
    public record QualificationChanged(@NotNull UUID partnerId, String from, @NotBlank String to, String reason) {

        public PartnerStandingFacts toFacts() {
            return new PartnerStandingFacts(partnerId, from, to, reason);
        }
    }

    /** {@code partner.certification-expiring} (partner.events.v1). */
    public record CertificationExpiring(@NotNull UUID partnerId, UUID siteId, @NotBlank String certificateId,
                                        String authority, @NotNull LocalDate expiresOn, Integer daysLeft) {

        public CertificateExpiryFacts toFacts() {
            return new CertificateExpiryFacts(partnerId, siteId, certificateId, authority, expiresOn, daysLeft, null,
                    null);
        }
    }
}
