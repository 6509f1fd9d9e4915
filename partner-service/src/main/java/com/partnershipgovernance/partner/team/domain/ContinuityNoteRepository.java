package com.partnershipgovernance.partner.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The partners' turnover and continuity notes. */
@ApplicationScoped
public class ContinuityNoteRepository implements PanacheRepositoryBase<ContinuityNote, UUID> {

    /** A partner's notes, latest first. */
    public List<ContinuityNote> ofPartner(UUID partnerId) {
        return list("partnerId = ?1 order by notedOn desc, recordedAt desc", partnerId);
    }
}
