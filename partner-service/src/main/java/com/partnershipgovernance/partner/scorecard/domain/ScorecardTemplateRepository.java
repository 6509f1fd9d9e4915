package com.partnershipgovernance.partner.scorecard.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Scorecard templates, every version of each. */
@ApplicationScoped
public class ScorecardTemplateRepository implements PanacheRepositoryBase<ScorecardTemplate, UUID> {

    /** The highest version number of the template family {@code familyId}. */
    public int latestVersionOf(UUID familyId) {
        Integer latest = getEntityManager()
                .createQuery("select max(t.templateVersion) from ScorecardTemplate t where t.familyId = :family",
                        Integer.class)
                .setParameter("family", familyId)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Whether {@code template} is the newest version of its family. */
    public boolean isLatest(ScorecardTemplate template) {
        return template.templateVersion() >= latestVersionOf(template.familyId());
    }
}
