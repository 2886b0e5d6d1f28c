package org.semillero.learning;

import java.time.Instant;
import java.util.List;

/** What goes out about workshops, for the API. */
public final class WorkshopViews {

    private WorkshopViews() {
    }

    public record WorkshopView(long id, String title, String description, String topic, Workshop.Format format,
                               String location, String meetingUrl, Instant startsAt, Instant endsAt,
                               Instant registrationClosesAt, int capacity, long registered, long waitlisted,
                               List<String> skills, boolean cancelled, String cancelReason, int version) {
    }

    public record SeatView(String status, Integer position) {
    }

    static WorkshopView of(Workshop w, WorkshopService.Counts counts, List<String> skills) {
        return new WorkshopView(w.id, w.title, w.description, w.topic, w.format, w.location, w.meetingUrl, w.startsAt,
                w.endsAt, w.registrationClosesAt, w.capacity, counts.registered(), counts.waitlisted(), skills,
                w.isCancelled(), w.cancelReason, w.version);
    }
}
