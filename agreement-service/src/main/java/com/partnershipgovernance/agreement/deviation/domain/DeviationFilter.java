package com.partnershipgovernance.agreement.deviation.domain;

import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;

import java.util.UUID;

/** What a list of deviations is filtered by; a filter left null filters nothing. */
public record DeviationFilter(UUID partnerId, UUID sowId, String externalRef, DeviationStatus status,
                              DeviationSeverity severity, DeviationCategory category) {
}
