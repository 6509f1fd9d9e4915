package com.partnershipgovernance.partner.regulatory.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.retire.Retirement;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a partner's regulatory track record (an inspection, a submission). An entry is corrected with a
 * reason or retired, never deleted: a retired entry keeps its history and is read only when asked for. Each entry
 * keeps its {@link Retirement} field itself: declared here, Hibernate's bytecode enhancer failed on the entities.
 */
@MappedSuperclass
@Audited
public abstract class TrackRecordEntry extends PartnerRecord {

    protected TrackRecordEntry() {
    }

    protected TrackRecordEntry(UUID partnerId) {
        super(partnerId);
    }

    /** What the entry records, as a sentence names it ("inspection record"). */
    protected abstract String entryName();

    /** The entry's retirement; null while it stands. */
    protected abstract Retirement retirement();

    /** Keeps {@code retirement} as the entry's. */
    protected abstract void recordRetirement(Retirement retirement);

    public void retire(String reason, String actorId, Instant now) {
        if (isRetired()) {
            throw new IllegalTransitionException("The " + entryName() + " was already retired");
        }
        recordRetirement(new Retirement(now, actorId, reason));
    }

    public boolean isRetired() {
        return retirement() != null && retirement().retiredAt() != null;
    }

    /** When the entry was retired; null while it stands. */
    public Instant retiredAt() {
        return isRetired() ? retirement().retiredAt() : null;
    }

    /** Why the entry was retired; null while it stands. */
    public String retiredReason() {
        return isRetired() ? retirement().reason() : null;
    }
}
