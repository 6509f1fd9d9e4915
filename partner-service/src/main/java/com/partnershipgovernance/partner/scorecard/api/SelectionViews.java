package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.SelectionRankings;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplateRepository;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the API's views of selections and scorecard templates: a selection with its template's name and its
 * candidates' legal names, a template version with whether it is the latest and whether a selection uses it.
 */
@ApplicationScoped
public class SelectionViews {

    @Inject
    ScorecardTemplateRepository templates;

    @Inject
    SelectionRepository selections;

    @Inject
    SelectionRankings rankings;

    public SelectionView of(Selection selection) {
        return SelectionView.of(selection, templates.findById(selection.templateId()),
                rankings.legalNames(selection.candidates()));
    }

    public TemplateView of(ScorecardTemplate template) {
        return TemplateView.of(template, templates.isLatest(template), selections.usesTemplate(template.id()));
    }
}
