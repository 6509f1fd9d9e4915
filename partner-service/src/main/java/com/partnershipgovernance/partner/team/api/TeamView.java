package com.partnershipgovernance.partner.team.api;

import com.partnershipgovernance.partner.team.domain.ContinuityNote;
import com.partnershipgovernance.partner.team.domain.ContinuityNoteKind;
import com.partnershipgovernance.partner.team.domain.TeamMember;
import com.partnershipgovernance.partner.team.domain.TeamRole;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The partner's team: who is on it now, who is announced to join (joins on a later day), who left, vacant key
 * roles and recent turnover. Every member is in exactly one of current, upcoming and former.
 */
@Schema(name = "PartnerTeam")
public record TeamView(List<Member> current,
                       @Schema(description = "people announced to join on a later day, the soonest first; they do "
                               + "not fill a key role until they join")
                       List<Member> upcoming,
                       List<Member> former,
                       @Schema(description = "PROJECT_MANAGER or QUALITY_LEAD with nobody in the role today")
                       List<TeamRole> vacantKeyRoles,
                       @Schema(description = "people who left in the last twelve months", example = "2")
                       long departuresLast12Months) {

    static TeamView of(List<TeamMember> members, LocalDate today) {
        List<Member> current = members.stream().filter(m -> m.isCurrentOn(today)).map(Member::of).toList();
        List<Member> upcoming = members.stream().filter(m -> m.isUpcomingOn(today))
                .sorted(Comparator.comparing(TeamMember::joinedOn)).map(Member::of).toList();
        List<Member> former = members.stream().filter(m -> m.leftOn() != null && !m.leftOn().isAfter(today))
                .map(Member::of).toList();
        List<TeamRole> vacant = Arrays.stream(TeamRole.values()).filter(TeamRole::isKey)
                .filter(r -> current.stream().noneMatch(m -> m.role() == r)).toList();
        long departures = former.stream().filter(m -> m.leftOn().isAfter(today.minusYears(1))).count();
        return new TeamView(current, upcoming, former, vacant, departures);
    }

    /** One person of the team. */
    @Schema(name = "TeamMember")
    public record Member(UUID id, TeamRole role, String name, String title, String email, LocalDate joinedOn,
                         LocalDate leftOn, @Schema(description = "the record's version, also its ETag") long version)
            implements Versioned {

        static Member of(TeamMember m) {
            return new Member(m.id(), m.role(), m.name(), m.title(), m.email(), m.joinedOn(), m.leftOn(),
                    m.version());
        }
    }

    /** A turnover or continuity note. */
    @Schema(name = "ContinuityNote")
    public record Note(UUID id, UUID teamMemberId, LocalDate notedOn, ContinuityNoteKind kind, String note,
                       String recordedBy, String recordedByName, Instant recordedAt) {

        static Note of(ContinuityNote n) {
            return new Note(n.id(), n.teamMemberId(), n.notedOn(), n.kind(), n.note(), n.recordedBy(),
                    n.recordedName(), n.recordedAt());
        }
    }

    /** A partner's notes, latest first. */
    @Schema(name = "ContinuityNotes")
    public record Notes(List<Note> items) {
    }
}
