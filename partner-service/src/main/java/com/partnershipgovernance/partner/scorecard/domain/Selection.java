package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A sourcing decision, e.g. "fill-finish CDMO for Phase II mAb": candidate partners scored on one
 * scorecard template version by evaluators of the functions, then a signed decision for one of them.
 * The function named as owner decides; once decided, the scores are closed.
 */
@Entity
// the sponsor's internal sourcing decision: a partner user may not learn that one exists
@Filter(name = PartnerScope.FILTER, condition = "(:" + PartnerScope.UNCONFINED + ")")
@Table(name = "selection")
@Audited
public class Selection {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Column
    private String description;

    @Column(name = "template_id", nullable = false)
    private UUID templateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_function", nullable = false)
    private EvaluatingFunction ownerFunction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SelectionStatus status;

    @ElementCollection
    @CollectionTable(name = "selection_candidate", joinColumns = @JoinColumn(name = "selection_id"))
    @Column(name = "partner_id")
    private Set<UUID> candidatePartnerIds = new HashSet<>();

    // each score has its own audit trail; the selection's trail shows the selection itself
    @NotAudited
    @OneToMany(mappedBy = "selection", cascade = CascadeType.PERSIST)
    private List<EvaluatorScore> scores = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_by_name", nullable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "chosen_partner_id")
    private UUID chosenPartnerId;

    @Column
    private String rationale;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Embedded
    private ElectronicSignature signature;

    @Version
    private long version;

    protected Selection() {
    }

    private Selection(String title, String description, ScorecardTemplate template, EvaluatingFunction ownerFunction,
                      Set<UUID> candidates, String actorId, String actorName, Instant now) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.description = description;
        this.templateId = template.id();
        this.ownerFunction = ownerFunction;
        this.status = SelectionStatus.OPEN;
        this.candidatePartnerIds.addAll(candidates);
        this.createdBy = actorId;
        this.createdByName = actorName;
        this.createdAt = now;
    }

    /** Opens a selection of {@code candidates} (existing partners, checked by the caller) on {@code template}. */
    public static Selection open(String title, String description, ScorecardTemplate template,
                                 EvaluatingFunction ownerFunction, Set<UUID> candidates, String actorId,
                                 String actorName, Instant now) {
        if (candidates.isEmpty()) {
            throw BusinessRuleException.onField("candidatePartnerIds", "must list at least one partner");
        }
        return new Selection(title, description, template, ownerFunction, candidates, actorId, actorName, now);
    }

    /** How a submitted score changed the scores. */
    public enum ScoreOutcome {
        CREATED, REPLACED, UNCHANGED
    }

    /** The evaluator's score as it now stands, and what the submission did. */
    public record ScoreRecorded(EvaluatorScore score, ScoreOutcome outcome) {
    }

    /** The evaluator's current score of {@code candidate} on {@code criterionCode}, if any. */
    public Optional<EvaluatorScore> currentScore(UUID candidate, String criterionCode, String evaluatorId) {
        return scores.stream().filter(s -> s.isFor(candidate, criterionCode, evaluatorId)).findFirst();
    }

    /**
     * Records an evaluator's score: one current score per evaluator, candidate and criterion, so a
     * re-score replaces the earlier one.
     *
     * @param template the template version this selection uses
     * @throws ConflictException       when the selection is decided (409)
     * @throws BusinessRuleException  when the candidate or criterion is not part of this selection (422)
     * @throws ValidationException     when the score lies outside the template's scale (400)
     */
    public ScoreRecorded score(ScorecardTemplate template, ScoreSubmission submission, String evaluatorId,
                               String evaluatorName, Instant now) {
        if (!template.id().equals(templateId)) {
            throw new IllegalArgumentException("Selection " + id + " is scored on template " + templateId);
        }
        if (status != SelectionStatus.OPEN) {
            throw new ConflictException("Selection " + id + " is " + status + ": its scores are closed");
        }
        if (!candidatePartnerIds.contains(submission.candidatePartnerId())) {
            throw BusinessRuleException.onField("candidatePartnerId", "is not a candidate of this selection");
        }
        if (template.criterion(submission.criterionCode()).isEmpty()) {
            throw BusinessRuleException.onField("criterionCode", "must be one of the template's criteria "
                    + template.definitions().stream().map(CriterionDefinition::code).toList());
        }
        ScoringScale scale = template.scale();
        if (!scale.contains(submission.score())) {
            throw new ValidationException("score", "must be between " + scale.min() + " and " + scale.max());
        }
        Optional<EvaluatorScore> current = currentScore(submission.candidatePartnerId(), submission.criterionCode(),
                evaluatorId);
        if (current.isEmpty()) {
            EvaluatorScore created = new EvaluatorScore(this, submission, evaluatorId, evaluatorName, now);
            scores.add(created);
            return new ScoreRecorded(created, ScoreOutcome.CREATED);
        }
        if (!current.get().differsFrom(submission)) {
            return new ScoreRecorded(current.get(), ScoreOutcome.UNCHANGED);
        }
        current.get().replaceWith(submission, evaluatorName, now);
        return new ScoreRecorded(current.get(), ScoreOutcome.REPLACED);
    }

    /**
     * Records the decision for {@code chosenPartner}, signed by {@code signer} (asked only once the
     * decision is allowed).
     *
     * @throws IllegalTransitionException when the selection is already decided (409)
     * @throws BusinessRuleException     when the chosen partner is not a candidate (422)
     */
    public void decide(UUID chosenPartner, String why, String actorId, String actorName, Instant now,
                       Supplier<ElectronicSignature> signer) {
        if (status != SelectionStatus.OPEN) {
            throw new IllegalTransitionException("Selection " + id + " is already " + status
                    + "; a selection is decided once");
        }
        if (!candidatePartnerIds.contains(chosenPartner)) {
            throw BusinessRuleException.onField("chosenPartnerId", "must be one of the candidates");
        }
        ElectronicSignature signed = signer.get();
        if (signed == null) {
            throw new IllegalStateException("A selection decision needs an electronic signature");
        }
        this.signature = signed;
        this.chosenPartnerId = chosenPartner;
        this.rationale = why;
        this.decidedBy = actorId;
        this.decidedByName = actorName;
        this.decidedAt = now;
        this.status = SelectionStatus.DECIDED;
    }

    /**
     * What a decider signs: the selection, its candidates, every current score, the chosen partner
     * and the rationale. A later change to any of these shows the signature no longer matches.
     */
    public Map<String, Object> decisionContent(UUID chosenPartner, String why) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("selectionId", id);
        content.put("title", title);
        content.put("templateId", templateId);
        content.put("ownerFunction", ownerFunction);
        content.put("candidatePartnerIds", candidates());
        content.put("scores", scores.stream().map(EvaluatorScore::entry)
                .sorted(Comparator.comparing((ScoreEntry e) -> e.candidatePartnerId().toString())
                        .thenComparing(ScoreEntry::criterionCode).thenComparing(ScoreEntry::evaluatorId))
                .toList());
        content.put("chosenPartnerId", chosenPartner);
        content.put("rationale", why);
        return content;
    }

    /** The signed content as the selection stands now (null before the decision). */
    public Map<String, Object> signedContent() {
        return chosenPartnerId == null ? null : decisionContent(chosenPartnerId, rationale);
    }

    public List<ScoreEntry> scoreEntries() {
        return scores.stream().map(EvaluatorScore::entry).toList();
    }

    /** The candidates, in the order of their ids as text (as clients sort them). */
    public List<UUID> candidates() {
        return candidatePartnerIds.stream().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    public boolean isDecided() {
        return status == SelectionStatus.DECIDED;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public UUID templateId() {
        return templateId;
    }

    public EvaluatingFunction ownerFunction() {
        return ownerFunction;
    }

    public SelectionStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID chosenPartnerId() {
        return chosenPartnerId;
    }

    public String rationale() {
        return rationale;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public ElectronicSignature signature() {
        return signature;
    }

    public long version() {
        return version;
    }
}
