package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.events.AgreementEvents;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.agreement.sow.domain.BudgetPosition;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.SpendKind;
import com.partnershipgovernance.agreement.sow.domain.SpendLine;
import com.partnershipgovernance.agreement.sow.domain.SpendLineRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.agreement.sow.events.SpendRecorded;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Records invoices and purchase orders an ERP posts against a SOW, each reference once, and announces each
 * with {@code sow.spend-recorded} in the same transaction.
 */
@ApplicationScoped
public class SowSpending {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @Inject
    SowRepository sows;

    @Inject
    SpendLineRepository lines;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** A posting and the budget position after it. */
    public record Posted(SpendLine line, BudgetPosition position) {
    }

    /**
     * Records a posting against SOW {@code sowId}.
     *
     * @throws BusinessRuleException (422) naming {@code sowId} when the SOW was never executed
     * @throws ConflictException     (409) when the SOW already has a posting with {@code externalRef}
     */
    @Transactional
    public Posted record(UUID sowId, String externalRef, SpendKind kind, Money amount, LocalDate postedOn) {
        StatementOfWork sow = sows.findByIdOptional(sowId).orElseThrow(() -> RecordNotFoundException.of("SOW", sowId));
        if (!sow.wasExecuted()) {
            // nothing is invoiced or ordered against work that was never contracted
            throw BusinessRuleException.onField("sowId", "is a SOW never executed: spend is posted against an "
                    + "executed SOW only");
        }
        if (lines.exists(sowId, externalRef)) {
            throw new ConflictException("The SOW already has a posting " + externalRef + ": each ERP reference is "
                    + "recorded once");
        }
        changeContext.because(kind + " " + externalRef + " posted by the ERP");
        SpendLine line = SpendLine.post(sow, externalRef, kind, amount, postedOn, clock.instant());
        lines.persistAndFlush(line);
        BudgetPosition position = BudgetPosition.of(sow.currentTerms().budget(), lines.ofSow(sowId));
        outbox.publish(AgreementEvents.TOPIC, SpendRecorded.TYPE, SpendRecorded.AGGREGATE, sow.id(),
                new SpendRecorded(sow.id(), sow.partnerId(), externalRef, SpendRecorded.MoneyPayload.of(amount),
                        SpendRecorded.MoneyPayload.of(position.budget()),
                        SpendRecorded.MoneyPayload.of(position.spentToDate()), postedOn.format(MONTH)));
        return new Posted(line, position);
    }

    /** The budget position of a SOW now. */
    public BudgetPosition position(StatementOfWork sow) {
        return BudgetPosition.of(sow.currentTerms().budget(), lines.ofSow(sow.id()));
    }
}
