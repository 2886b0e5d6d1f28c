package org.semillero.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API returns about events. */
public final class EventViews {

    private EventViews() {
    }

    public record EventView(String slug, String title, String description, EventPhase phase,
                            Instant ideationStartsAt, Instant hackingStartsAt, Instant votingStartsAt,
                            Instant resultsAt, Instant closesAt, int teamSizeMin, int teamSizeMax,
                            int voteBudget, int maxVotesPerEntry, int version, Instant createdAt, Instant updatedAt) {

        static EventView of(Event e) {
            return new EventView(e.slug, e.title, e.description, e.phase, e.ideationStartsAt, e.hackingStartsAt,
                    e.votingStartsAt, e.resultsAt, e.closesAt, e.teamSizeMin, e.teamSizeMax, e.voteBudget,
                    e.maxVotesPerEntry, e.version, e.createdAt, e.updatedAt);
        }
    }

    public record EventPage(List<EventView> items, int page, int size, long total) {
    }

    public record PhaseChangeView(EventPhase from, EventPhase to, boolean automatic, String changedBy,
                                  String reason, Instant changedAt) {

        static List<PhaseChangeView> of(List<PhaseChange> changes, Map<Long, String> names) {
            return changes.stream().map(c -> new PhaseChangeView(c.fromPhase, c.toPhase, c.automatic,
                    c.changedBy == null ? null : names.get(c.changedBy), c.reason, c.changedAt)).toList();
        }
    }

}
