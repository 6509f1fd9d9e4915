package com.partnershipgovernance.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;

/**
 * Readiness of the event consumers: DOWN while one of them waits for the database to apply an event, naming the
 * channel, the event and since when. It is a readiness check only: a consumer waiting out an outage is alive and
 * resumes by itself once the database is back, so nothing should restart it.
 */
@Readiness
@ApplicationScoped
public class EventInboxReadiness implements HealthCheck {

    @Inject
    EventInbox inbox;

    @Override
    public HealthCheckResponse call() {
        List<EventInbox.WaitingForDatabase> waiting = inbox.waitingForDatabase();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers").status(waiting.isEmpty());
        for (EventInbox.WaitingForDatabase wait : waiting) {
            response.withData(wait.channel(), "waiting for the database since " + wait.since()
                    + " to apply event " + wait.eventId());
        }
        return response.build();
    }
}
