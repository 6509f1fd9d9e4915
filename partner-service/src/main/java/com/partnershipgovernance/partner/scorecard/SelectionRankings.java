package com.partnershipgovernance.partner.scorecard;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.scorecard.domain.Candidate;
import com.partnershipgovernance.partner.scorecard.domain.RankingThresholds;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplateRepository;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionWarning;
import com.partnershipgovernance.partner.scorecard.domain.SelectionWarnings;
import com.partnershipgovernance.partner.scorecard.domain.WeightedRanking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ranks a selection's candidates from the current scores and raises the warnings, with the configured thresholds. */
@ApplicationScoped
public class SelectionRankings {

    @Inject
    ScorecardTemplateRepository templates;

    @Inject
    PartnerRepository partners;

    @Inject
    SelectionConfig config;

    /** A ranking with its warnings and the thresholds they were raised with. */
    public record RankedSelection(Selection selection, ScorecardTemplate template, WeightedRanking ranking,
                                  List<SelectionWarning> warnings, RankingThresholds thresholds) {
    }

    @Transactional
    public RankedSelection rank(Selection selection) {
        ScorecardTemplate template = templates.findById(selection.templateId());
        Map<UUID, String> names = legalNames(selection.candidates());
        List<Candidate> candidates = selection.candidates().stream()
                .map(id -> new Candidate(id, names.getOrDefault(id, id.toString()))).toList();
        WeightedRanking ranking = WeightedRanking.of(template.scale(), template.definitions(), candidates,
                selection.scoreEntries());
        RankingThresholds thresholds = new RankingThresholds(config.costDrivenMargin(), config.disagreementSpread());
        return new RankedSelection(selection, template, ranking, SelectionWarnings.of(ranking, thresholds), thresholds);
    }

    /** The legal names of {@code partnerIds}. */
    public Map<UUID, String> legalNames(List<UUID> partnerIds) {
        Map<UUID, String> names = new HashMap<>();
        if (partnerIds.isEmpty()) {
            return names;
        }
        partners.getEntityManager()
                .createQuery("select p.id, p.legalName from Partner p where p.id in :ids", Object[].class)
                .setParameter("ids", partnerIds).getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }
}
