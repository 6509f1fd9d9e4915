package com.partnershipgovernance.partner.scorecard;

import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplateRepository;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.partner.scorecard.domain.TemplateContent;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Writes scorecard templates. A version no selection uses is revised in place; a version in use is
 * never changed: revising it creates the next version, and the selections keep theirs.
 */
@ApplicationScoped
public class ScorecardTemplates {

    @Inject
    ScorecardTemplateRepository templates;

    @Inject
    SelectionRepository selections;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The outcome of a revision: the template as revised, and whether it is a new version. */
    public record Revision(ScorecardTemplate template, boolean newVersion) {
    }

    @Transactional
    public ScorecardTemplate create(TemplateContent content) {
        ScorecardTemplate template = ScorecardTemplate.create(content, caller.subject(), caller.name(), clock.instant());
        templates.persistAndFlush(template);
        return template;
    }

    /**
     * Revises the template version {@code id}, which must be the latest of its family.
     *
     * @throws ConflictException when a later version exists (409): revise that one
     */
    @Transactional
    public Revision revise(UUID id, String ifMatch, TemplateContent content) {
        // locked, so that no selection starts using it between the in-use check and the edit
        ScorecardTemplate template = templates.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RecordNotFoundException.of("Scorecard template", id));
        Preconditions.requireIfMatch(ifMatch, template.version());
        int latest = templates.latestVersionOf(template.familyId());
        if (template.templateVersion() < latest) {
            throw new ConflictException("Version " + latest + " of this template supersedes version "
                    + template.templateVersion() + "; revise the latest version");
        }
        if (selections.usesTemplate(id)) {
            ScorecardTemplate next = template.nextVersion(content, caller.subject(), caller.name(), clock.instant());
            templates.persistAndFlush(next);
            return new Revision(next, true);
        }
        template.revise(content);
        templates.flush();
        return new Revision(template, false);
    }
}
