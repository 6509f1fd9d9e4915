package com.partnershipgovernance.partner.scorecard.domain;

import java.util.UUID;

/** A partner competing in a selection, with the name people recognise it by. */
public record Candidate(UUID partnerId, String name) {
}
