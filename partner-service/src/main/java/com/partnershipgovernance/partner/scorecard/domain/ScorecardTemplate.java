package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A named, versioned scorecard: weighted criteria on a scoring scale. The versions of one template
 * share a family id; a version used by a selection is never changed again: revising it makes the
 * next version ({@link #nextVersion}), so that every selection keeps the criteria it was scored on.
 */
@Entity
// the sponsor's own scoring scheme, never shown to partner users
@Filter(name = PartnerScope.FILTER, condition = "(:" + PartnerScope.UNCONFINED + ")")
@Table(name = "scorecard_template")
@Audited
public class ScorecardTemplate {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "previous_version_id")
    private UUID previousVersionId;

    @Column(nullable = false)
    private String name;

    @Column
    private String description;

    @Column(name = "scale_min", nullable = false)
    private int scaleMin;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_by_name", nullable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ScorecardTemplate() {
    }

    private ScorecardTemplate(UUID familyId, int templateVersion, UUID previousVersionId, TemplateContent content,
                              String actorId, String actorName, Instant now) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.templateVersion = templateVersion;
        this.previousVersionId = previousVersionId;
        this.createdBy = actorId;
        this.createdByName = actorName;
        this.createdAt = now;
        revise(content);
    }

    /** Version 1 of a new template. */
    public static ScorecardTemplate create(TemplateContent content, String actorId, String actorName, Instant now) {
        return new ScorecardTemplate(UUID.randomUUID(), 1, null, content, actorId, actorName, now);
    }

    /** The next version of this template, with {@code content}; this version stays as it is. */
    public ScorecardTemplate nextVersion(TemplateContent content, String actorId, String actorName, Instant now) {
        return new ScorecardTemplate(familyId, templateVersion + 1, id, content, actorId, actorName, now);
    }

    /**
     * Replaces the content in place, for a version no selection uses yet. Criteria are matched by
     * code, so that the audit trail shows a changed weight as a change, not as a new criterion.
     */
    public void revise(TemplateContent content) {
        name = content.name();
        description = content.description();
        scaleMin = content.scale().min();
        scaleMax = content.scale().max();
        Map<String, CriterionDefinition> wanted = content.criteria().stream()
                .collect(Collectors.toMap(CriterionDefinition::code, Function.identity()));
        for (Iterator<Criterion> it = criteria.iterator(); it.hasNext(); ) {
            if (!wanted.containsKey(it.next().code())) {
                it.remove();
            }
        }
        Map<String, Criterion> kept = criteria.stream().collect(Collectors.toMap(Criterion::code, Function.identity()));
        for (int i = 0; i < content.criteria().size(); i++) {
            CriterionDefinition definition = content.criteria().get(i);
            Criterion existing = kept.get(definition.code());
            if (existing == null) {
                criteria.add(new Criterion(this, i, definition));
            } else {
                existing.apply(i, definition);
            }
        }
        criteria.sort(java.util.Comparator.comparingInt(Criterion::sortOrder));
    }

    public ScoringScale scale() {
        return new ScoringScale(scaleMin, scaleMax);
    }

    /** The criteria in their order. */
    public List<CriterionDefinition> definitions() {
        return criteria.stream().sorted(java.util.Comparator.comparingInt(Criterion::sortOrder))
                .map(Criterion::definition).toList();
    }

    public Optional<CriterionDefinition> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().map(Criterion::definition);
    }

    public UUID id() {
        return id;
    }

    public UUID familyId() {
        return familyId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public UUID previousVersionId() {
        return previousVersionId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
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

    public long version() {
        return version;
    }
}
