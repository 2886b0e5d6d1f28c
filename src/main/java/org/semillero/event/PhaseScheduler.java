package org.semillero.event;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Moves events along their planned dates; see {@link EventService#advanceDuePhases()}. */
@ApplicationScoped
public class PhaseScheduler {

    private final EventService events;

    PhaseScheduler(EventService events) {
        this.events = events;
    }

    @Scheduled(every = "${semillero.phases.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void advanceDuePhases() {
        events.advanceDuePhases();
    }
}
