package com.partnershipgovernance.partner.scorecard.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** One weighted criterion of a scorecard template, e.g. "Compliance record and audit history", 25 %. */
@Entity
@Table(name = "scorecard_criterion")
@Audited
public class Criterion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ScorecardTemplate template;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column
    private String description;

    @Column(nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionKind kind;

    @ElementCollection
    @CollectionTable(name = "scorecard_criterion_function", joinColumns = @JoinColumn(name = "criterion_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "evaluating_function")
    private Set<EvaluatingFunction> requiredFunctions = new HashSet<>();

    @Version
    private long version;

    protected Criterion() {
    }

    Criterion(ScorecardTemplate template, int sortOrder, CriterionDefinition definition) {
        this.id = UUID.randomUUID();
        this.template = template;
        this.code = definition.code();
        apply(sortOrder, definition);
    }

    /** Takes the definition's content; the code, which scores refer to, stays. */
    void apply(int sortOrder, CriterionDefinition definition) {
        this.sortOrder = sortOrder;
        this.name = definition.name();
        this.description = definition.description();
        this.weight = definition.weight();
        this.kind = definition.kind();
        requiredFunctions.retainAll(definition.requiredFunctions());
        requiredFunctions.addAll(definition.requiredFunctions());
    }

    public CriterionDefinition definition() {
        return new CriterionDefinition(code, name, description, weight, kind,
                requiredFunctions.isEmpty() ? EnumSet.noneOf(EvaluatingFunction.class) : EnumSet.copyOf(requiredFunctions));
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
