package com.partnershipgovernance.partner.team;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.team.domain.ContinuityNote;
import com.partnershipgovernance.partner.team.domain.ContinuityNoteKind;
import com.partnershipgovernance.partner.team.domain.ContinuityNoteRepository;
import com.partnershipgovernance.partner.team.domain.TeamMember;
import com.partnershipgovernance.partner.team.domain.TeamMemberRepository;
import com.partnershipgovernance.partner.team.domain.TeamRole;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The team behind a partner: who is on it, who left, and the dated notes on turnover and continuity.
 * A departure is recorded as a turnover note too, so that the continuity log is complete.
 */
@ApplicationScoped
public class PartnerTeam {

    @Inject
    PartnerRepository partners;

    @Inject
    TeamMemberRepository members;

    @Inject
    ContinuityNoteRepository notes;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public TeamMember addMember(UUID partnerId, TeamRole role, String name, String title, String email,
                                LocalDate joinedOn) {
        partners.requireActive(partnerId);
        TeamMember member = new TeamMember(partnerId, role, name, title, email, joinedOn);
        members.persistAndFlush(member);
        return member;
    }

    @Transactional
    public TeamMember describeMember(UUID partnerId, UUID memberId, String ifMatch, TeamRole role, String name,
                                     String title, String email, LocalDate joinedOn) {
        TeamMember member = member(partnerId, memberId);
        Preconditions.requireIfMatch(ifMatch, member.version());
        changeContext.requireReason();
        member.describe(role, name, title, email, joinedOn);
        members.flush();
        return member;
    }

    /** The person left; the turnover is noted with {@code note} (or a note saying who left which role). */
    @Transactional
    public TeamMember recordDeparture(UUID partnerId, UUID memberId, String ifMatch, LocalDate leftOn, String note) {
        TeamMember member = member(partnerId, memberId);
        Preconditions.requireIfMatch(ifMatch, member.version());
        member.leave(leftOn);
        String text = note != null ? note : member.name() + " (" + member.role() + ") left the team";
        changeContext.because("departure: " + text);
        notes.persist(new ContinuityNote(partnerId, member.id(), leftOn, ContinuityNoteKind.TURNOVER, text,
                caller.subject(), caller.name(), clock.instant()));
        members.flush();
        return member;
    }

    @Transactional
    public ContinuityNote addNote(UUID partnerId, UUID teamMemberId, LocalDate notedOn, ContinuityNoteKind kind,
                                  String text) {
        partners.requireActive(partnerId);
        if (teamMemberId != null) {
            member(partnerId, teamMemberId);
        }
        ContinuityNote note = new ContinuityNote(partnerId, teamMemberId, notedOn, kind, text, caller.subject(),
                caller.name(), clock.instant());
        notes.persistAndFlush(note);
        return note;
    }

    /** The partner's team, every member who ever joined. */
    public List<TeamMember> members(UUID partnerId) {
        partners.requireActive(partnerId);
        return members.ofPartner(partnerId);
    }

    /** The partner's continuity notes, latest first. */
    public List<ContinuityNote> notes(UUID partnerId) {
        partners.requireActive(partnerId);
        return notes.ofPartner(partnerId);
    }

    /** A member of the partner's team; else 404. */
    public TeamMember member(UUID partnerId, UUID memberId) {
        partners.requireActive(partnerId);
        return members.findByIdOptional(memberId).filter(m -> m.partnerId().equals(partnerId))
                .orElseThrow(() -> RecordNotFoundException.of("Team member", memberId));
    }
}
