package com.partnershipgovernance.partner.team.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated note on staff turnover or continuity at the partner (a departure, a handover, a continuity
 * plan). Notes are only ever added: a correction is a further note.
 */
@Entity
@Table(name = "continuity_note")
@Audited
public class ContinuityNote extends PartnerRecord {

    @Column(name = "team_member_id")
    private UUID teamMemberId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContinuityNoteKind kind;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_name")
    private String recordedName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ContinuityNote() {
    }

    public ContinuityNote(UUID partnerId, UUID teamMemberId, LocalDate notedOn, ContinuityNoteKind kind, String note,
                          String recordedBy, String recordedName, Instant recordedAt) {
        super(partnerId);
        this.teamMemberId = teamMemberId;
        this.notedOn = notedOn;
        this.kind = kind;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedName = recordedName;
        this.recordedAt = recordedAt;
    }

    public UUID teamMemberId() {
        return teamMemberId;
    }

    public LocalDate notedOn() {
        return notedOn;
    }

    public ContinuityNoteKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String recordedName() {
        return recordedName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
