package com.partnershipgovernance.partner.regulatory.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What is recorded of an inspection; {@code siteId} is optional (a whole-company inspection). */
public record InspectionFacts(UUID siteId, LocalDate inspectedOn, RegulatoryAuthority authority, String authorityName,
                              InspectionOutcome outcome, Integer observations, String notes) {
}
