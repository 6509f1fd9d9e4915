package com.partnershipgovernance.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One Envers revision: a committed change to audited records, with who made it and why
 * (21 CFR Part 11 §11.10(e)). The service's database role may insert revisions, never alter them.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "actor_id", nullable = false)
    private String actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "reason")
    private String reason;

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String reason() {
        return reason;
    }

    void record(String actorId, String actorName, String reason) {
        this.actorId = actorId;
        this.actorName = actorName;
        this.reason = reason;
    }
}
