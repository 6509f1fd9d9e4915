package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.RiskScore;

import java.util.UUID;

/** What a policy needs to know of the live risk it may re-score: its id and current score. */
public record LiveRisk(UUID riskId, RiskScore score) {
}
