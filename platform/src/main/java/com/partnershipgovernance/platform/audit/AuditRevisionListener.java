package com.partnershipgovernance.platform.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the current actor and the reason for the change. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ChangeContext context = Arc.container().instance(ChangeContext.class).get();
        ChangeContext.Actor actor = context.actor();
        ((AuditRevision) revisionEntity).record(actor.id(), actor.name(), context.reason().orElse(null));
    }
}
