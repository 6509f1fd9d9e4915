package com.partnershipgovernance.agreement.shared;

import com.partnershipgovernance.platform.audit.AuditHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One audit trail made of the trails of a record and of its parts (versions, CAPA actions, reviews), merged
 * by revision. A part's fields are named with its prefix (e.g. {@code versions[2].title}), so that the edits
 * of one part are told apart from another's. Add the record's own trail first, with an empty prefix.
 */
public final class MergedHistory {

    private final TreeMap<Long, AuditHistory.Entry> merged = new TreeMap<>();

    /** Adds the revisions of {@code history}, its fields named {@code prefix + field}. */
    public MergedHistory add(AuditHistory history, String prefix) {
        for (AuditHistory.Entry entry : history.items()) {
            List<AuditHistory.FieldChange> changes = new ArrayList<>();
            AuditHistory.Entry earlier = merged.get(entry.revision());
            if (earlier != null) {
                changes.addAll(earlier.changes());
            }
            entry.changes().forEach(c ->
                    changes.add(new AuditHistory.FieldChange(prefix + c.field(), c.from(), c.to())));
            // the record's own operation wins: creating it with its first part is one CREATED revision
            String operation = earlier != null && !prefix.isEmpty() ? earlier.operation() : entry.operation();
            merged.put(entry.revision(), new AuditHistory.Entry(entry.revision(), entry.at(), entry.by(),
                    entry.byName(), entry.reason(), operation, changes));
        }
        return this;
    }

    /** The merged trail, oldest revision first. */
    public AuditHistory history() {
        return new AuditHistory(List.copyOf(merged.values()));
    }
}
