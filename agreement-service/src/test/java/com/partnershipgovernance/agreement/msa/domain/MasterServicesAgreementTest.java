package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.TermChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.APPROVED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.DRAFT;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.EXECUTED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.EXPIRED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.IN_REVIEW;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.SUPERSEDED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterServicesAgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final AgreementStatusChange.Actor LEE = new AgreementStatusChange.Actor("u-legal", "Lee Legal");
    private static final Runnable NO_RULES_OF_A_KIND = () -> { };
    private static final Function<MsaVersion, ElectronicSignature> SIGNER = v -> signature();
    private static final Function<MsaVersion, ElectronicSignature> NO_SIGNATURE_EXPECTED = v -> {
        throw new AssertionError("no signature is asked for this move");
    };

    @Test
    void anIllegalMoveLeavesTheVersionWhereItWasAndAsksNoSignature() {
        MasterServicesAgreement msa = MasterServicesAgreement.draft(UUID.randomUUID(), terms("5000000.00"), NOW);
        assertThatThrownBy(() -> msa.move(null, EXECUTED, "skip review", LEE, "QUALIFIED", NO_RULES_OF_A_KIND,
                NO_SIGNATURE_EXPECTED, TODAY, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(msa.latest().status()).isEqualTo(DRAFT);
    }

    @Test
    void executionWithAPartnerNotApprovedIsRefusedBeforeAnySignature() {
        MasterServicesAgreement msa = approved("PROSPECT");
        assertThatThrownBy(() -> msa.move(null, EXECUTED, "sign", LEE, "PROSPECT", NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED,
                TODAY, NOW)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("PROSPECT");
        assertThat(msa.latest().status()).isEqualTo(APPROVED);
    }

    @Test
    void executingAnAmendmentSupersedesTheVersionItReplacesFirst() {
        MasterServicesAgreement msa = approved("QUALIFIED");
        msa.move(null, EXECUTED, "signed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);
        msa.amend("raise the cap", NOW);
        msa.revise(terms("9000000.00"), NOW);
        msa.move(null, IN_REVIEW, "review", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, TODAY, NOW);
        msa.move(null, APPROVED, "agreed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);

        List<AgreementStatusChange> moves = msa.move(null, EXECUTED, "signed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER,
                TODAY, NOW);

        assertThat(moves).extracting(AgreementStatusChange::versionNumber).containsExactly(1, 2);
        assertThat(moves.get(0).from()).isEqualTo(EXECUTED);
        assertThat(moves.get(0).to()).isEqualTo(SUPERSEDED);
        assertThat(moves.get(0).signature()).isNull();
        assertThat(moves.get(1).to()).isEqualTo(EXECUTED);
        assertThat(moves.get(1).signature()).isNotNull();
        assertThat(msa.version(1).status()).isEqualTo(SUPERSEDED);
        assertThat(msa.inForce()).get().extracting(MsaVersion::number).isEqualTo(2);
        assertThat(msa.version(1).terms().changesTo(msa.version(2).terms()))
                .containsExactly(new TermChange("liabilityCap.amount", "5000000.00", "9000000.00"));
    }

    @Test
    void anAmendmentOfASuspendedAgreementIsNotExecutedUntilItIsReinstated() {
        MasterServicesAgreement msa = approved("QUALIFIED");
        msa.move(null, EXECUTED, "signed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);
        msa.amend("new site", NOW);
        msa.move(null, IN_REVIEW, "review", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, TODAY, NOW);
        msa.move(null, APPROVED, "agreed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);
        msa.move(1, SUSPENDED, "partner audit", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, TODAY, NOW);

        assertThatThrownBy(() -> msa.move(null, EXECUTED, "signed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED,
                TODAY, NOW)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("SUSPENDED");
        assertThat(msa.version(2).status()).isEqualTo(APPROVED);
    }

    @Test
    void onlyAnExecutedAgreementIsAmendedAndOnlyADraftIsEdited() {
        MasterServicesAgreement msa = MasterServicesAgreement.draft(UUID.randomUUID(), terms("1.00"), NOW);
        assertThatThrownBy(() -> msa.amend("too early", NOW)).isInstanceOf(ConflictException.class);
        msa.move(null, IN_REVIEW, "review", LEE, null, NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, TODAY, NOW);
        assertThatThrownBy(() -> msa.revise(terms("2.00"), NOW)).isInstanceOf(ConflictException.class);
        assertThat(msa.latest().terms().liabilityCap().amount()).isEqualByComparingTo("1.00");
        assertThat(msa.latest().needsReasonForEdits()).isTrue();
    }

    @Test
    void anAgreementExpiresOnlyAfterItsExpiryDate() {
        MasterServicesAgreement msa = approved("QUALIFIED");
        msa.move(null, EXECUTED, "signed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);
        LocalDate lastDay = msa.latest().endsOn();
        assertThatThrownBy(() -> msa.move(null, EXPIRED, "early", LEE, null, NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, lastDay,
                NOW)).isInstanceOf(BusinessRuleException.class);
        msa.move(null, EXPIRED, "ran out", LEE, null, NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, lastDay.plusDays(1), NOW);
        assertThat(msa.latest().status()).isEqualTo(EXPIRED);
    }

    @Test
    void onlyAnAgreementWithAnExecutedVersionIsFlaggedForReview() {
        MasterServicesAgreement msa = approved("QUALIFIED");
        assertThat(msa.flagForReview("partner suspended", NOW)).isFalse();
        msa.move(null, EXECUTED, "signed", LEE, "QUALIFIED", NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);
        assertThat(msa.flagForReview("partner suspended", NOW)).isTrue();
        assertThat(msa.reviewFlag()).get().extracting(f -> f.reason()).isEqualTo("partner suspended");
        msa.clearReviewFlag(NOW);
        assertThat(msa.isFlaggedForReview()).isFalse();
        assertThatThrownBy(() -> msa.clearReviewFlag(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void termsWithAnExpiryNotAfterTheEffectiveDateNameExpiresOn() {
        assertThatThrownBy(() -> new MsaTerms("t", TODAY, TODAY, "law", new PaymentTerms(30, "EUR"), null, null, null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("expiresOn");
    }

    private static MasterServicesAgreement approved(String partnerStatus) {
        MasterServicesAgreement msa = MasterServicesAgreement.draft(UUID.randomUUID(), terms("5000000.00"), NOW);
        msa.move(null, IN_REVIEW, "review", LEE, partnerStatus, NO_RULES_OF_A_KIND, NO_SIGNATURE_EXPECTED, TODAY, NOW);
        msa.move(null, APPROVED, "agreed", LEE, partnerStatus, NO_RULES_OF_A_KIND, SIGNER, TODAY, NOW);
        return msa;
    }

    private static MsaTerms terms(String cap) {
        return new MsaTerms("MSA", TODAY, TODAY.plusYears(3), "England and Wales", new PaymentTerms(45, "EUR"),
                new Money(new BigDecimal(cap), "EUR"), TODAY.plusYears(1),
                List.of(new DocumentReference("draft", "https://dms.example.com/1", "ab".repeat(32))));
    }

    // the platform keeps the signature's constructor to itself: a test signature is built reflectively
    private static ElectronicSignature signature() {
        try {
            Constructor<ElectronicSignature> c = ElectronicSignature.class.getDeclaredConstructor(String.class,
                    String.class, Instant.class, com.partnershipgovernance.platform.signature.SignatureMeaning.class,
                    long.class, String.class);
            c.setAccessible(true);
            return c.newInstance("u-legal", "Lee Legal", NOW,
                    com.partnershipgovernance.platform.signature.SignatureMeaning.APPROVAL, 0L, "00".repeat(32));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
