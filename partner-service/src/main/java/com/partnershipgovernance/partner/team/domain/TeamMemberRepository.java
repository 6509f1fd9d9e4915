package com.partnershipgovernance.partner.team.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The people of the partners' teams. */
@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    public List<TeamMember> ofPartner(UUID partnerId) {
        return list("partnerId = ?1 order by role, joinedOn", partnerId);
    }
}
