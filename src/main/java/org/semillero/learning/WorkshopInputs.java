package org.semillero.learning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What comes in for workshops, from the API and the pages alike. */
public final class WorkshopInputs {

    private WorkshopInputs() {
    }

    public record WorkshopInput(String title, String description, String topic, Workshop.Format format, String location,
                                String meetingUrl, OffsetDateTime startsAt, OffsetDateTime endsAt,
                                OffsetDateTime registrationClosesAt, Integer capacity, String eventSlug,
                                List<String> skills) {
    }

    public record CancelInput(String reason) {
    }

    /** Attended (true) or absent (false) per person id; people left out keep their mark. */
    public record AttendanceInput(Map<Long, Boolean> attendance) {
    }

    public record CodeInput(String code) {
    }

    public record FeedbackInput(Integer rating, String comment) {
    }
}
