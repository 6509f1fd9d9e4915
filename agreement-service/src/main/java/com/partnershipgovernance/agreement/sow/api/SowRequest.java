package com.partnershipgovernance.agreement.sow.api;

import com.partnershipgovernance.agreement.shared.api.MoneyRequest;
import com.partnershipgovernance.agreement.shared.domain.Currencies;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.agreement.sow.domain.Deliverable;
import com.partnershipgovernance.agreement.sow.domain.EscalationLevel;
import com.partnershipgovernance.agreement.sow.domain.Responsibility;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.partnershipgovernance.agreement.lifecycle.AgreementRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The terms of a SOW, to draft one ({@code POST /sows}) or to replace a draft's ({@code PUT /sows/{id}}).
 * The MSA and the kind of work are named at drafting and cannot change afterwards.
 */
@Schema(name = "SowRequest")
public record SowRequest(
        @NotNull @Schema(description = "the EXECUTED master services agreement the SOW is placed under") UUID msaId,
        @NotNull @Schema(example = "MANUFACTURING") SowKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "GMP manufacture of three PPQ batches of ABC-123 drug substance")
        String title,
        @Size(max = 100) @Schema(example = "[\"Tech transfer\", \"PPQ campaign\"]")
        List<@NotBlank @Size(max = 2000) String> activities,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid DeliverableRequest> deliverables,
        @NotNull @Valid TimelineRequest timeline,
        @NotNull @Valid @Schema(description = "non-negative, in an ISO 4217 currency") MoneyRequest budget,
        @Size(max = 10) List<@NotNull @Valid EscalationLevelRequest> escalationPath,
        @Schema(description = "when the SOW is next due for review; none when omitted", example = "2027-06-01")
        LocalDate reviewOn) implements AgreementRequest<SowTerms> {

    /** A deliverable and the party responsible for it. */
    @Schema(name = "SowDeliverableRequest")
    public record DeliverableRequest(
            @NotBlank @Size(max = 300) @Schema(example = "PPQ batch records") String name,
            @Size(max = 2000) String description,
            @NotNull @Schema(example = "PARTNER") Responsibility responsibility) {
    }

    /** When the work starts and ends; the end is after the start. */
    @Schema(name = "SowTimeline")
    public record TimelineRequest(@NotNull @Schema(example = "2027-01-15") LocalDate startOn,
                                  @NotNull @Schema(example = "2027-12-15") LocalDate endOn) {
    }

    /** One level of the escalation path: named contacts and how long an issue may stay at this level. */
    @Schema(name = "SowEscalationLevel")
    public record EscalationLevelRequest(
            @NotNull @Min(1) @Max(10) @Schema(example = "1") Integer level,
            @NotBlank @Size(max = 200) @Schema(example = "Pat Project (sponsor project manager)") String sponsorContact,
            @NotBlank @Size(max = 200) @Schema(example = "Chris Client (partner account lead)") String partnerContact,
            @NotNull @Min(0) @Max(365) @Schema(description = "days before escalating to the next level", example = "5")
            Integer escalateAfterDays) {
    }

    /**
     * The terms, once the checks Bean Validation cannot express passed.
     *
     * @throws ValidationException (400) naming the field: dates out of order, unknown currency, duplicate
     *                             deliverable, escalation levels out of order
     */
    /** None: a SOW's partner is its MSA's. */
    @Override
    public UUID partnerId() {
        return null;
    }

    @Override
    public SowTerms toTerms() {
        if (!timeline.endOn().isAfter(timeline.startOn())) {
            throw new ValidationException("timeline.endOn", "must be after timeline.startOn (" + timeline.startOn()
                    + ")");
        }
        if (!Currencies.isKnown(budget.currency())) {
            throw new ValidationException("budget.currency", "is not an ISO 4217 currency code");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < deliverables.size(); i++) {
            if (!names.add(deliverables.get(i).name().strip())) {
                throw new ValidationException("deliverables[" + i + "].name", "is named twice: deliverables are "
                        + "told apart by name");
            }
        }
        List<EscalationLevelRequest> path = escalationPath == null ? List.of() : escalationPath;
        for (int i = 1; i < path.size(); i++) {
            if (path.get(i).level() <= path.get(i - 1).level()) {
                throw new ValidationException("escalationPath[" + i + "].level", "must be higher than the level "
                        + "before it (" + path.get(i - 1).level() + ")");
            }
        }
        return new SowTerms(title.strip(), activities == null ? List.of() : activities.stream().map(String::strip)
                .toList(),
                deliverables.stream().map(d -> new Deliverable(d.name().strip(), d.description(), d.responsibility()))
                        .toList(),
                timeline.startOn(), timeline.endOn(), new Money(budget.amount(), budget.currency()),
                path.stream().map(l -> new EscalationLevel(l.level(), l.sponsorContact().strip(),
                        l.partnerContact().strip(), l.escalateAfterDays())).toList(),
                reviewOn);
    }
}
