package com.partnershipgovernance.agreement.deviation.domain;

import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviationLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 20);
    private static final Instant NOW = Instant.parse("2027-05-20T10:00:00Z");
    private static final Supplier<ElectronicSignature> SIGNER = DeviationLifecycleTest::signature;

    @Test
    void transitionTableAllowsOnlyTheDocumentedMoves() {
        assertThat(DeviationStatus.REPORTED.next()).containsExactly(DeviationStatus.UNDER_INVESTIGATION);
        assertThat(DeviationStatus.UNDER_INVESTIGATION.next())
                .containsExactlyInAnyOrder(DeviationStatus.CAPA_IN_PROGRESS, DeviationStatus.CLOSED);
        assertThat(DeviationStatus.CAPA_IN_PROGRESS.next())
                .containsExactlyInAnyOrder(DeviationStatus.UNDER_INVESTIGATION, DeviationStatus.CLOSED);
        assertThat(DeviationStatus.CLOSED.next()).isEmpty();
        assertThat(DeviationStatus.REPORTED.canMoveTo(DeviationStatus.CLOSED)).isFalse();
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        Deviation d = reported(DeviationSeverity.MAJOR);
        assertThatThrownBy(() -> d.moveTo(DeviationStatus.CLOSED, SIGNER, TODAY, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(d.status()).isEqualTo(DeviationStatus.REPORTED);
    }

    @Test
    void investigationStartsOnlyOnceClassified() {
        Deviation d = reported(null);
        assertThatThrownBy(() -> d.moveTo(DeviationStatus.UNDER_INVESTIGATION, SIGNER, TODAY, NOW))
                .isInstanceOf(BusinessRuleException.class).satisfies(e -> assertThat(fields(e)).containsExactly("severity"));
        d.classify(DeviationSeverity.MINOR, null, NOW);
        d.moveTo(DeviationStatus.UNDER_INVESTIGATION, SIGNER, TODAY, NOW);
        assertThat(d.status()).isEqualTo(DeviationStatus.UNDER_INVESTIGATION);
    }

    @Test
    void closureNeedsARootCauseThenNoOpenCapaActionsAndIsSigned() {
        Deviation d = reported(DeviationSeverity.MAJOR);
        d.moveTo(DeviationStatus.UNDER_INVESTIGATION, SIGNER, TODAY, NOW);
        CapaAction first = d.addCapaAction("Retrain operators", "QA lead", TODAY.plusDays(10), TODAY, NOW);
        d.addCapaAction("Revise SOP-12", "Doc control", TODAY.plusDays(20), TODAY, NOW);
        boolean[] signed = {false};
        Supplier<ElectronicSignature> signer = () -> {
            signed[0] = true;
            return SIGNER.get();
        };

        assertThatThrownBy(() -> d.moveTo(DeviationStatus.CLOSED, signer, TODAY, NOW))
                .isInstanceOf(BusinessRuleException.class).satisfies(e -> assertThat(fields(e)).containsExactly("rootCause"));
        d.recordInvestigation("Operators skipped step 4", "Ambiguous SOP wording", NOW);
        assertThatThrownBy(() -> d.moveTo(DeviationStatus.CLOSED, signer, TODAY, NOW))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("capaActions[1]", "capaActions[2]"));
        d.checkCapaAction(first.id(), TODAY, "Two errors since", false, TODAY, NOW);
        assertThat(first.isOpen()).isTrue();
        d.checkCapaAction(first.id(), TODAY, "No errors in 30 days", true, TODAY, NOW);
        assertThatThrownBy(() -> d.moveTo(DeviationStatus.CLOSED, signer, TODAY, NOW))
                .satisfies(e -> assertThat(fields(e)).containsExactly("capaActions[2]"));
        assertThat(signed[0]).isFalse();

        d.checkCapaAction(d.capaActions().get(1).id(), TODAY, "SOP effective", true, TODAY, NOW);
        d.moveTo(DeviationStatus.CLOSED, signer, TODAY, NOW);
        assertThat(signed[0]).isTrue();
        assertThat(d.status()).isEqualTo(DeviationStatus.CLOSED);
        assertThat(d.closedOn()).isEqualTo(TODAY);
        assertThat(d.daysOpen()).contains(3L);
        assertThat(d.closureSignature().signerId()).isEqualTo("u-quality");
    }

    @Test
    void reportDatesMustBeInOrderAndNotInTheFuture() {
        assertThat(field(() -> Deviation.checkDates(TODAY.plusDays(1), TODAY.plusDays(1), TODAY))).isEqualTo("occurredOn");
        assertThat(field(() -> Deviation.checkDates(TODAY.minusDays(1), TODAY.plusDays(1), TODAY))).isEqualTo("reportedOn");
        assertThat(field(() -> Deviation.checkDates(TODAY.minusDays(1), TODAY.minusDays(2), TODAY))).isEqualTo("reportedOn");
        Deviation.checkDates(TODAY, TODAY, TODAY);
    }

    // the platform creates signatures only through ElectronicSignatures (fresh token, owning role): build one here
    private static ElectronicSignature signature() {
        try {
            var constructor = ElectronicSignature.class.getDeclaredConstructor(String.class, String.class,
                    Instant.class, SignatureMeaning.class, long.class, String.class);
            constructor.setAccessible(true);
            return constructor.newInstance("u-quality", "Quinn Quality", NOW, SignatureMeaning.APPROVAL, 3L,
                    "ab".repeat(32));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Deviation reported(DeviationSeverity severity) {
        return Deviation.report(new Deviation.Report(UUID.randomUUID(), UUID.randomUUID(), "B-1", null,
                DeviationCategory.DOCUMENTATION, severity, TODAY.minusDays(4), TODAY.minusDays(3), "Step skipped"),
                null, "u-quality", TODAY, NOW);
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return fields(e).get(0);
        }
        throw new AssertionError("no validation error");
    }

    private static java.util.List<String> fields(Throwable e) {
        return ((ProblemException) e).toProblem().errors().stream().map(Problem.FieldError::field).toList();
    }
}
