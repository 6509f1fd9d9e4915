package com.partnershipgovernance.kpi.review.domain;

import java.time.LocalDate;

/** An action a steering-committee review gave to an owner, due on a day not before the review. */
public record ReviewAction(String description, String owner, LocalDate dueOn) {
}
