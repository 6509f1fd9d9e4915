package com.partnershipgovernance.partner.team.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/** A named person of the partner's team: project manager, quality lead, key scientist. */
@Entity
@Table(name = "team_member")
@Audited
public class TeamMember extends PartnerRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamRole role;

    @Column(nullable = false)
    private String name;

    private String title;

    private String email;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected TeamMember() {
    }

    public TeamMember(UUID partnerId, TeamRole role, String name, String title, String email, LocalDate joinedOn) {
        super(partnerId);
        describe(role, name, title, email, joinedOn);
    }

    /** Corrects who the person is and what they do. */
    public void describe(TeamRole role, String name, String title, String email, LocalDate joinedOn) {
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            throw new ValidationException("joinedOn", "must not be after the day they left, " + leftOn);
        }
        this.role = role;
        this.name = name;
        this.title = title;
        this.email = email;
        this.joinedOn = joinedOn;
    }

    /** The person left the partnership's team on {@code day}. */
    public void leave(LocalDate day) {
        if (leftOn != null) {
            throw new IllegalTransitionException(name + " already left the team on " + leftOn);
        }
        if (day.isBefore(joinedOn)) {
            throw new ValidationException("leftOn", "must not be before the day they joined, " + joinedOn);
        }
        leftOn = day;
    }

    /** Whether the person is announced to join after {@code day} (a future joining date is allowed). */
    public boolean isUpcomingOn(LocalDate day) {
        return joinedOn.isAfter(day);
    }

    /** Whether the person is on the team on {@code day}. */
    public boolean isCurrentOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    public TeamRole role() {
        return role;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String email() {
        return email;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
