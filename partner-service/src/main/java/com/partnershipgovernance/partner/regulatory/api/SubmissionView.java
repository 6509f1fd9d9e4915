package com.partnershipgovernance.partner.regulatory.api;

import com.partnershipgovernance.partner.regulatory.domain.RegulatoryAuthority;
import com.partnershipgovernance.partner.regulatory.domain.RegulatorySubmission;
import com.partnershipgovernance.partner.regulatory.domain.SubmissionFacts;
import com.partnershipgovernance.partner.regulatory.domain.SubmissionOutcome;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A regulatory submission of the partner's track record as the API shows it. */
@Schema(name = "RegulatorySubmission")
public record SubmissionView(UUID id, UUID partnerId, RegulatoryAuthority authority, String authorityName,
                             String productType, int submissionYear, SubmissionOutcome outcome, String notes,
                             Instant retiredAt, String retiredReason,
                             @Schema(description = "the record's version, also its ETag") long version)
        implements Versioned {

    static SubmissionView of(RegulatorySubmission submission) {
        SubmissionFacts f = submission.facts();
        return new SubmissionView(submission.id(), submission.partnerId(), f.authority(), f.authorityName(),
                f.productType(), f.submissionYear(), f.outcome(), f.notes(),
                submission.retiredAt(), submission.retiredReason(), submission.version());
    }

    /** A partner's submissions, latest year first. */
    @Schema(name = "RegulatorySubmissions")
    public record Items(List<SubmissionView> items) {
    }
}
