package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a partner notified a deviation within its quality agreement's timeline: judged by the quality
 * agreement in force with the partner on the day the deviation occurred. Unknown (null) while the deviation is
 * not classified, or when no quality agreement was in force that day: without a timeline there is nothing to be
 * late against, and a guess either way would skew the partner's KPIs.
 */
@ApplicationScoped
public class NotificationTimeliness {

    @Inject
    QualityAgreementRepository qualityAgreements;

    public Boolean judge(UUID partnerId, DeviationSeverity severity, LocalDate occurredOn, LocalDate reportedOn) {
        if (severity == null) {
            return null;
        }
        return qualityAgreements.inForceOn(partnerId, occurredOn)
                .map(v -> v.notificationTimelines().isOnTime(severity, occurredOn, reportedOn))
                .orElse(null);
    }
}
