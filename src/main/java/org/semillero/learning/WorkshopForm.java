package org.semillero.learning;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.shared.i18n.Numbers;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.LocalTimes;

/** The workshop form exactly as typed, so a refused form comes back unchanged. Local times in the institution's zone. */
public class WorkshopForm {

    @RestForm public String title = "";
    @RestForm public String description = "";
    @RestForm public String topic = "";
    @RestForm public String format = "IN_PERSON";
    @RestForm public String location = "";
    @RestForm public String meetingUrl = "";
    @RestForm public String startsAt = "";
    @RestForm public String endsAt = "";
    @RestForm public String registrationClosesAt = "";
    @RestForm public String capacity = "20";
    @RestForm public String eventSlug = "";
    @RestForm public String skills = "";

    public record Parsed(WorkshopInputs.WorkshopInput input, List<FieldError> errors) {
    }

    public static WorkshopForm of(Workshop w, List<String> skills, String eventSlug, ZoneId zone) {
        WorkshopForm form = new WorkshopForm();
        form.title = w.title;
        form.description = w.description;
        form.topic = w.topic;
        form.format = w.format.name();
        form.location = w.location == null ? "" : w.location;
        form.meetingUrl = w.meetingUrl == null ? "" : w.meetingUrl;
        form.startsAt = LocalTimes.format(w.startsAt, zone);
        form.endsAt = LocalTimes.format(w.endsAt, zone);
        form.registrationClosesAt = LocalTimes.format(w.registrationClosesAt, zone);
        form.capacity = String.valueOf(w.capacity);
        form.eventSlug = eventSlug == null ? "" : eventSlug;
        form.skills = String.join(", ", skills);
        return form;
    }

    public Parsed parse(ZoneId zone, java.util.Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        Workshop.Format chosen = Arrays.stream(Workshop.Format.values()).filter(f -> f.name().equals(format)).findFirst()
                .orElse(null);
        Integer seats = null;
        if (capacity != null && !capacity.isBlank()) {
            try {
                Number number = Numbers.parse(capacity, locale);
                if (number.doubleValue() != Math.rint(number.doubleValue()) || Math.abs(number.doubleValue()) > 1e9) {
                    throw new NumberFormatException();
                }
                seats = number.intValue();
            } catch (RuntimeException e) {
                errors.add(FieldError.of("capacity", "validation.number"));
            }
        }
        WorkshopInputs.WorkshopInput input = new WorkshopInputs.WorkshopInput(title, description, topic, chosen, location,
                meetingUrl, LocalTimes.parse("startsAt", startsAt, zone, errors), LocalTimes.parse("endsAt", endsAt, zone, errors),
                LocalTimes.parse("registrationClosesAt", registrationClosesAt, zone, errors), seats,
                eventSlug == null || eventSlug.isBlank() ? null : eventSlug,
                Arrays.stream(skills == null ? new String[0] : skills.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList());
        return new Parsed(input, errors);
    }


}
