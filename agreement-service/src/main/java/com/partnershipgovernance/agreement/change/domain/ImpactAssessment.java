package com.partnershipgovernance.agreement.change.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the change does to product quality, the regulatory filings, the timeline and the cost. */
@Embeddable
public class ImpactAssessment {

    @Column(name = "quality_impact", nullable = false)
    private String quality;

    @Column(name = "regulatory_impact", nullable = false)
    private String regulatory;

    @Column(name = "timeline_impact", nullable = false)
    private String timeline;

    @Column(name = "cost_impact", nullable = false)
    private String cost;

    protected ImpactAssessment() {
    }

    public ImpactAssessment(String quality, String regulatory, String timeline, String cost) {
        this.quality = quality;
        this.regulatory = regulatory;
        this.timeline = timeline;
        this.cost = cost;
    }

    public String quality() {
        return quality;
    }

    public String regulatory() {
        return regulatory;
    }

    public String timeline() {
        return timeline;
    }

    public String cost() {
        return cost;
    }
}
