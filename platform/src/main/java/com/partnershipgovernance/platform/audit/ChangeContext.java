package com.partnershipgovernance.platform.audit;

import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who is changing records and why, for the audit trail. In a request it is the caller of the token
 * and the reason from {@code X-Change-Reason} or from a lifecycle action's body; when a consumer
 * applies another service's event it is that system, with the event as the reason.
 */
// looked up by the Envers listener, which CDI does not see: keep the bean
@Unremovable
@ApplicationScoped
public class ChangeContext {

    /** Header carrying the reason of a {@code PUT}, {@code PATCH} or {@code DELETE}. */
    public static final String REASON_HEADER = "X-Change-Reason";

    /** The longest reason the audit trail keeps; a longer {@code X-Change-Reason} is refused, never cut. */
    public static final int MAX_REASON_LENGTH = 2000;
    private static final ThreadLocal<Actor> SYSTEM_ACTOR = new ThreadLocal<>();
    private static final ThreadLocal<String> SYSTEM_REASON = new ThreadLocal<>();

    /** The actor recorded in a revision. */
    public record Actor(String id, String name) {
    }

    @Inject
    Caller caller;

    @Inject
    RequestReason requestReason;

    /** Records {@code reason} for the changes of the current request (a lifecycle action's body). */
    public void because(String reason) {
        requestReason.set(normalise(reason));
    }

    /** The reason of the current change, if one was given. */
    public Optional<String> reason() {
        String system = SYSTEM_REASON.get();
        if (system != null) {
            return Optional.of(system);
        }
        return requestActive() ? Optional.ofNullable(requestReason.get()) : Optional.empty();
    }

    /** The reason, or a 400 naming the {@code X-Change-Reason} header when there is none. */
    public String requireReason() {
        return reason().orElseThrow(() -> new ValidationException(REASON_HEADER,
                "is required: say why this record is changed"));
    }

    public Actor actor() {
        Actor system = SYSTEM_ACTOR.get();
        if (system != null) {
            return system;
        }
        if (requestActive() && caller.isAuthenticated()) {
            return new Actor(caller.subject(), caller.name());
        }
        return new Actor("system", "system");
    }

    /** Runs {@code work} as a system actor (e.g. a consumer applying an event), with {@code reason} for the trail. */
    public static <T> T runAsSystem(Actor actor, String reason, Callable<T> work) throws Exception {
        SYSTEM_ACTOR.set(actor);
        SYSTEM_REASON.set(reason);
        try {
            stampOpenRevision();
            return work.call();
        } finally {
            SYSTEM_ACTOR.remove();
            SYSTEM_REASON.remove();
        }
    }

    /**
     * Envers stamps a revision with its actor and reason when it creates it, by default at commit: after
     * {@link #runAsSystem} returned inside a caller's transaction. Creating it now, while the system actor
     * is set, keeps the right actor and reason in the trail; it is stored only if audited records change.
     */
    private static void stampOpenRevision() {
        if (QuarkusTransaction.isActive()) {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, false);
        }
    }

    static String normalise(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.strip();
        return trimmed.length() > MAX_REASON_LENGTH ? trimmed.substring(0, MAX_REASON_LENGTH) : trimmed;
    }

    private static boolean requestActive() {
        ManagedContext request = Arc.container().requestContext();
        return request.isActive();
    }
}
