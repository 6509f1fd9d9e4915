package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.partner.query.Conditions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
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

    /** The latest version of each template unless {@code allVersions}; {@code text} in the name. */
    public PanacheQuery<ScorecardTemplate> search(String text, boolean allVersions, Sort sort) {
        Conditions where = Conditions.all().text("t.name", text);
        if (!allVersions) {
            where.and("t.templateVersion = (select max(o.templateVersion) from ScorecardTemplate o"
                    + " where o.familyId = t.familyId)");
        }
        return find("from ScorecardTemplate t where " + where.query(), sort, where.parameters());
    }

    /** Whether {@code template} is the newest version of its family. */
    public boolean isLatest(ScorecardTemplate template) {
        return template.templateVersion() >= latestVersionOf(template.familyId());
    }
}
