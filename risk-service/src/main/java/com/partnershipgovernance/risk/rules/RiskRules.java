package com.partnershipgovernance.risk.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.inbox.InboundEvent;
import com.partnershipgovernance.platform.partners.KnownPartner;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.risk.agreement.domain.KnownAgreementRepository;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.RiskRegister;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.RescoreProposal;
import com.partnershipgovernance.risk.register.domain.RescoreProposalRepository;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskCategory;
import com.partnershipgovernance.risk.register.domain.RiskDetails;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.register.domain.RiskScoreChange;
import com.partnershipgovernance.risk.register.domain.RiskScoreChangeRepository;
import com.partnershipgovernance.risk.rules.domain.CertificateExpiryFacts;
import com.partnershipgovernance.risk.rules.domain.CertificateExpiryPolicy;
import com.partnershipgovernance.risk.rules.domain.CertificateWatch;
import com.partnershipgovernance.risk.rules.domain.CertificateWatchRepository;
import com.partnershipgovernance.risk.rules.domain.DeviationClosureFacts;
import com.partnershipgovernance.risk.rules.domain.DeviationClosurePolicy;
import com.partnershipgovernance.risk.rules.domain.DeviationFacts;
import com.partnershipgovernance.risk.rules.domain.DeviationRiskPolicy;
import com.partnershipgovernance.risk.rules.domain.FiringOutcome;
import com.partnershipgovernance.risk.rules.domain.KpiBreachFacts;
import com.partnershipgovernance.risk.rules.domain.KpiBreachPolicy;
import com.partnershipgovernance.risk.rules.domain.LiveRisk;
import com.partnershipgovernance.risk.rules.domain.MissedMilestoneFacts;
import com.partnershipgovernance.risk.rules.domain.MissedMilestonePolicy;
import com.partnershipgovernance.risk.rules.domain.PartnerStandingFacts;
import com.partnershipgovernance.risk.rules.domain.PartnerStandingPolicy;
import com.partnershipgovernance.risk.rules.domain.RuleDecision;
import com.partnershipgovernance.risk.rules.domain.RuleFiring;
import com.partnershipgovernance.risk.rules.domain.RuleFiringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The automatic risk rules: each event is first evaluated (the policy reads the register and decides,
 * changing nothing) and then applied (the decision goes through the register, and the firing is
 * recorded with its inputs and cause). Scenario planning evaluates without applying, so a scenario
 * and the real event take the same code path.
 */
@ApplicationScoped
public class RiskRules {

    /** Owner of a risk an event raised, until a person takes it over. */
    static final String UNASSIGNED_OWNER = "Unassigned (raised automatically)";

    @Inject
    EntityManager em;

    @Inject
    RiskRepository risks;

    @Inject
    RiskRegister register;

    @Inject
    RuleFiringRepository firings;

    @Inject
    KnownAgreementRepository agreements;

    @Inject
    RiskScoreChangeRepository scoreChanges;

    @Inject
    RescoreProposalRepository proposals;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    CertificateWatchRepository certificateWatches;

    @Inject
    RiskSettings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** A policy's decision on one event, with what it was decided on. */
    public record Evaluation(String policy, int policyVersion, UUID partnerId, String subjectRef, String subjectLevel,
                             Map<String, Object> inputs, RuleDecision decision, List<UUID> agreementsToLink) {

        Evaluation(String policy, int policyVersion, UUID partnerId, String subjectRef, String subjectLevel,
                   Map<String, Object> inputs, RuleDecision decision) {
            this(policy, policyVersion, partnerId, subjectRef, subjectLevel, inputs, decision, List.of());
        }
    }

    /** The event that makes a rule fire: its id and short type, recorded with the firing. */
    public record Cause(String eventId, String eventType) {

        public static Cause of(InboundEvent event) {
            return new Cause(event.id(), event.shortType());
        }
    }

    /** deviation-risk fires on a reported or classified deviation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onDeviationReported(DeviationFacts facts, Cause cause) {
        return fire(facts.partnerId(), () -> evaluate(facts), cause);
    }

    /** deviation-closure-proposal fires on a closed deviation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onDeviationClosed(DeviationClosureFacts facts, Cause cause) {
        return fire(facts.partnerId(), () -> evaluate(facts), cause);
    }

    /** kpi-breach-evidence fires on a breached KPI. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onKpiBreached(KpiBreachFacts facts, Cause cause) {
        return fire(facts.partnerId(), () -> evaluate(facts), cause);
    }

    /** missed-milestone-risk fires on a missed milestone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onMilestoneMissed(MissedMilestoneFacts facts, Cause cause) {
        return fire(facts.partnerId(), () -> evaluate(facts), cause);
    }

    /**
     * partner-standing-risk fires on a qualification change; the rule lock is taken before the partner's row is
     * written (the event comes first), as every rule takes them, so no two transactions wait on each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onStandingChanged(PartnerStandingFacts facts, Cause cause) {
        return fire(facts.partnerId(), () -> evaluate(facts), cause);
    }

    /** certificate-expiry-risk fires on an announced expiring certificate (before its watch is opened or moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onCertificateExpiring(CertificateExpiryFacts facts, Cause cause) {
        return fire(facts.partnerId(), () -> evaluate(facts), cause);
    }

    /** certificate-expiry-risk fires when a watched certificate's expiry date has come without a renewal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RuleFiring onCertificateExpired(CertificateWatch watch, Cause cause) {
        return fire(watch.partnerId(), () -> evaluateExpiry(watch), cause);
    }

    /** deviation-risk on a reported or classified deviation (pure: what-if scenarios evaluate too). */
    public Evaluation evaluate(DeviationFacts reported) {
        DeviationFacts facts = reported.withAlreadyApplied(DeviationRiskPolicy.highestOf(
                firings.levelsApplied(DeviationRiskPolicy.NAME, reported.deviationId().toString())));
        DeviationRiskPolicy policy = new DeviationRiskPolicy(RiskSettings.score(settings.rules().deviation().critical()),
                RiskSettings.score(settings.rules().deviation().major()));
        Optional<LiveRisk> live = liveRisk(facts.partnerId(), DeviationRiskPolicy.categoryOf(facts.category()));
        RuleDecision decision = policy.decide(facts, live);
        return new Evaluation(DeviationRiskPolicy.NAME, DeviationRiskPolicy.VERSION, facts.partnerId(),
                facts.deviationId().toString(), policy.startingScore(facts.severity()).isPresent() ? facts.severity()
                : null, inputs(facts, live), decision);
    }

    /** deviation-closure-proposal on a closed deviation: the live risk the deviation changed, if any. */
    public Evaluation evaluate(DeviationClosureFacts closed) {
        Optional<RuleFiring> first = firings.changesBy(DeviationRiskPolicy.NAME, closed.deviationId().toString())
                .stream().findFirst();
        Optional<LiveRisk> affected = first.flatMap(f -> risks.findByIdOptional(f.riskId()))
                .filter(risk -> risk.status().isLive() && !risk.isRetired()).map(RiskRules::live);
        // the score before the deviation's first change; none when the deviation raised the risk
        RiskScore before = first.flatMap(f -> scoreChanges.causedBy(f.riskId(), f.causeEventId()))
                .flatMap(RiskScoreChange::previous).orElse(null);
        DeviationClosureFacts facts = closed.withScoreBefore(before);
        return new Evaluation(DeviationClosurePolicy.NAME, DeviationClosurePolicy.VERSION, facts.partnerId(),
                facts.deviationId().toString(), null, inputs(facts, affected),
                new DeviationClosurePolicy().decide(facts, affected));
    }

    /** kpi-breach-evidence on a breached KPI. */
    public Evaluation evaluate(KpiBreachFacts breached) {
        KpiBreachFacts facts = breached.withAlreadyRecorded(firings.firedOn(KpiBreachPolicy.NAME,
                breached.subjectRef()));
        Optional<LiveRisk> live = KpiBreachPolicy.categoriesOf(facts.kpiCategory()).stream()
                .flatMap(category -> risks.findLive(facts.partnerId(), category).stream())
                .max(java.util.Comparator.comparingInt((Risk risk) -> risk.score().value()))
                .map(RiskRules::live);
        KpiBreachPolicy policy = new KpiBreachPolicy(RiskSettings.score(settings.rules().kpiBreached()));
        return new Evaluation(KpiBreachPolicy.NAME, KpiBreachPolicy.VERSION, facts.partnerId(), facts.subjectRef(),
                null, inputs(facts, live), policy.decide(facts, live));
    }

    /** missed-milestone-risk on a missed milestone. */
    public Evaluation evaluate(MissedMilestoneFacts facts) {
        MissedMilestonePolicy policy = new MissedMilestonePolicy(
                RiskSettings.score(settings.rules().milestoneMissed()));
        RiskCategory category = MissedMilestonePolicy.categoryOf(facts.sowKind());
        Optional<LiveRisk> live = facts.sowId() == null ? Optional.empty()
                : risks.findLiveForSow(facts.partnerId(), category, facts.sowId()).map(RiskRules::live);
        return new Evaluation(MissedMilestonePolicy.NAME, MissedMilestonePolicy.VERSION, facts.partnerId(),
                facts.milestoneId().toString(), null, inputs(facts, live), policy.decide(facts, live));
    }

    /** partner-standing-risk on a qualification change. */
    public Evaluation evaluate(PartnerStandingFacts changed) {
        PartnerStandingFacts facts = changed.withAgreementsInForce(agreements.inForceOf(changed.partnerId()));
        PartnerStandingPolicy policy = new PartnerStandingPolicy(
                RiskSettings.score(settings.rules().qualification().suspended()),
                RiskSettings.score(settings.rules().qualification().disqualified()));
        Optional<LiveRisk> live = liveRisk(facts.partnerId(), RiskCategory.PARTNER_COMPLIANCE);
        return new Evaluation(PartnerStandingPolicy.NAME, PartnerStandingPolicy.VERSION, facts.partnerId(),
                facts.partnerId().toString(), facts.to(), inputs(facts, live), policy.decide(facts, live),
                policy.agreementsToLink(facts));
    }

    /**
     * certificate-expiry-risk on {@code partner.certification-expiring}: evidence for the live PARTNER_COMPLIANCE
     * risk, or nothing yet (the certificate is watched until it expires); a later expiry date of a watched
     * certificate is its renewal.
     */
    public Evaluation evaluate(CertificateExpiryFacts announced) {
        CertificateExpiryFacts facts = certificateWatches.findOf(announced.partnerId(), announced.certificateId())
                .map(watch -> announced.withWatch(watch.expiresOn(), watch.status())).orElse(announced);
        Optional<LiveRisk> live = liveRisk(facts.partnerId(), RiskCategory.PARTNER_COMPLIANCE);
        return new Evaluation(CertificateExpiryPolicy.NAME, CertificateExpiryPolicy.VERSION, facts.partnerId(),
                facts.subjectRef(), null, inputs(facts, live), certificateExpiryPolicy().onExpiring(facts, live));
    }

    /** certificate-expiry-risk when a watched certificate's expiry date has come without a renewal. */
    Evaluation evaluateExpiry(CertificateWatch watch) {
        CertificateExpiryFacts facts = CertificateExpiryFacts.ofWatch(watch);
        Optional<LiveRisk> live = liveRisk(facts.partnerId(), RiskCategory.PARTNER_COMPLIANCE);
        return new Evaluation(CertificateExpiryPolicy.NAME, CertificateExpiryPolicy.VERSION, facts.partnerId(),
                facts.subjectRef(), "EXPIRED", inputs(facts, live), certificateExpiryPolicy().onExpired(facts, live));
    }

    private CertificateExpiryPolicy certificateExpiryPolicy() {
        return new CertificateExpiryPolicy(RiskSettings.score(settings.rules().certificateExpired()));
    }

    /**
     * Evaluates and applies, holding {@code partnerId}'s rule lock until the transaction ends. An evaluation reads
     * the register, so two events of one partner applied at once (the consumers run several partitions in
     * parallel) take turns: neither may raise a risk the other is raising.
     */
    private RuleFiring fire(UUID partnerId, Supplier<Evaluation> evaluation, Cause cause) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "risk-rules:" + partnerId)
                .getSingleResult();
        return apply(evaluation.get(), cause);
    }

    /**
     * Applies an evaluation caused by {@code cause}, in the consumer's transaction: raises or
     * re-scores through the register (which publishes risk.raised / risk.rescored) and records the firing.
     */
    private RuleFiring apply(Evaluation evaluation, Cause cause) {
        ensurePartnerKnown(evaluation.partnerId());
        RuleDecision decision = evaluation.decision();
        UUID riskId = null;
        FiringOutcome outcome = FiringOutcome.NO_CHANGE;
        if (decision instanceof RuleDecision.Raise raise) {
            RiskDetails details = new RiskDetails(raise.title(), raise.description(), raise.category(),
                    raise.agreementId(), raise.sowId(), raise.milestoneId(), OwnerSide.SPONSOR, UNASSIGNED_OWNER,
                    raise.joint(), null, null);
            Risk raised = register.raiseFromEvent(evaluation.partnerId(), details, raise.score(), cause.eventId(),
                    raise.explanation());
            raised.linkAgreements(evaluation.agreementsToLink());
            riskId = raised.id();
            outcome = FiringOutcome.RAISED;
        } else if (decision instanceof RuleDecision.Link link) {
            riskId = link.riskId();
            outcome = FiringOutcome.LINKED;
        } else if (decision instanceof RuleDecision.Propose propose) {
            proposals.persist(RescoreProposal.propose(propose.riskId(), propose.from(), propose.to(),
                    propose.explanation(), cause.eventId(), clock.instant()));
            riskId = propose.riskId();
            outcome = FiringOutcome.PROPOSED;
        } else if (decision instanceof RuleDecision.Rescore rescore) {
            Risk risk = risks.findById(rescore.riskId());
            if (rescore.sowId() != null) {
                risk.linkSow(rescore.sowId());
            }
            register.rescoreFromEvent(risk, rescore.to(), rescore.explanation(), cause.eventId());
            risk.linkAgreements(evaluation.agreementsToLink());
            riskId = risk.id();
            outcome = FiringOutcome.RESCORED;
        }
        RuleFiring firing = RuleFiring.record(evaluation.policy(), evaluation.policyVersion(), cause.eventId(),
                cause.eventType(), evaluation.partnerId(), evaluation.subjectRef(),
                outcome == FiringOutcome.NO_CHANGE ? null : evaluation.subjectLevel(), json(evaluation.inputs()),
                outcome, riskId, decision.explanation(), clock.instant());
        firings.persist(firing);
        return firing;
    }

    // an event may name a partner before partner.registered arrives: keep a placeholder, never dead-letter
    private void ensurePartnerKnown(UUID partnerId) {
        if (partners.findByIdOptional(partnerId).isEmpty()) {
            partners.persist(new KnownPartner(partnerId));
            partners.flush();
        }
    }

    private Optional<LiveRisk> liveRisk(UUID partnerId, RiskCategory category) {
        return risks.findLive(partnerId, category).map(RiskRules::live);
    }

    private static LiveRisk live(Risk risk) {
        return new LiveRisk(risk.id(), risk.score());
    }

    private static Map<String, Object> inputs(Object facts, Optional<LiveRisk> live) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("facts", facts);
        inputs.put("liveRisk", live.orElse(null));
        return inputs;
    }

    private String json(Map<String, Object> inputs) {
        try {
            return mapper.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule inputs cannot be written as JSON", e);
        }
    }
}
