package org.semillero.learning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.event.Event;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Validation;

/** A workshop's fields from what was typed, every mistake reported at once. */
@ApplicationScoped
class WorkshopWriting {

    /**
     * Checks the input and writes it onto the workshop; the skills it teaches, cleaned.
     * {@code creating}: a new workshop must start in the future.
     */
    List<String> apply(Workshop workshop, WorkshopInputs.WorkshopInput input, Instant now, boolean creating) {
        if (input == null) {
            throw DomainException.invalid(List.of(FieldError.of("title", "validation.required")));
        }
        List<FieldError> errors = new ArrayList<>();
        text("title", input.title(), 200, true, errors);
        text("description", input.description(), 10_000, false, errors);
        text("location", input.location(), 300, false, errors);
        if (input.topic() == null || input.topic().isBlank()) {
            errors.add(FieldError.of("topic", "validation.required"));
        } else if (Panache.getEntityManager().createNativeQuery("select 1 from workshop_topic where code = :c")
                .setParameter("c", input.topic()).getResultList().isEmpty()) {
            errors.add(FieldError.of("topic", "workshop.topic.unknown"));
        }
        if (input.format() == null) {
            errors.add(FieldError.of("format", "validation.required"));
        } else if (input.format() != Workshop.Format.ONLINE && blank(input.location())) {
            errors.add(FieldError.of("location", "workshop.location.required"));
        }
        url("meetingUrl", input.meetingUrl(), errors);
        if (input.format() == Workshop.Format.ONLINE && blank(input.meetingUrl())) {
            errors.add(FieldError.of("meetingUrl", "workshop.link.required"));
        }
        for (String field : List.of("startsAt", "endsAt", "registrationClosesAt")) {
            Object value = switch (field) {
                case "startsAt" -> input.startsAt();
                case "endsAt" -> input.endsAt();
                default -> input.registrationClosesAt();
            };
            if (value == null) {
                errors.add(FieldError.of(field, "validation.date"));
            }
        }
        if (input.startsAt() != null && input.endsAt() != null && !input.endsAt().isAfter(input.startsAt())) {
            errors.add(FieldError.of("endsAt", "workshop.ends.before-start"));
        }
        if (input.startsAt() != null && input.registrationClosesAt() != null
                && input.registrationClosesAt().isAfter(input.startsAt())) {
            errors.add(FieldError.of("registrationClosesAt", "workshop.closes.after-start"));
        }
        if (creating && input.startsAt() != null && !input.startsAt().toInstant().isAfter(now)) {
            errors.add(FieldError.of("startsAt", "workshop.starts.past"));
        }
        if (input.capacity() == null) {
            errors.add(FieldError.of("capacity", "validation.number"));
        } else if (input.capacity() < 1 || input.capacity() > 10_000) {
            errors.add(new FieldError("capacity", "validation.range", Map.of("min", 1, "max", 10_000)));
        }
        Event event = null;
        if (!blank(input.eventSlug())) {
            event = Event.findBySlug(input.eventSlug().strip()).orElse(null);
            if (event == null) {
                errors.add(FieldError.of("eventSlug", "workshop.event.unknown"));
            }
        }
        List<String> skills = skills(input.skills(), errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        workshop.title = input.title().strip();
        workshop.description = input.description() == null ? "" : input.description().strip();
        workshop.topic = input.topic();
        workshop.format = input.format();
        workshop.location = blank(input.location()) ? null : input.location().strip();
        workshop.meetingUrl = blank(input.meetingUrl()) ? null : input.meetingUrl().strip();
        workshop.startsAt = input.startsAt().toInstant();
        workshop.endsAt = input.endsAt().toInstant();
        workshop.registrationClosesAt = input.registrationClosesAt().toInstant();
        workshop.capacity = input.capacity();
        workshop.eventId = event == null ? null : event.id;
        workshop.updatedAt = now;
        return skills;
    }

    void setSkills(long workshopId, List<String> skills) {
        Panache.getEntityManager().createNativeQuery("delete from workshop_skill where workshop_id = :w")
                .setParameter("w", workshopId).executeUpdate();
        for (String skill : skills) {
            Panache.getEntityManager().createNativeQuery("insert into workshop_skill (workshop_id, skill) values (:w, :s)")
                    .setParameter("w", workshopId).setParameter("s", skill).executeUpdate();
        }
    }

    private static List<String> skills(List<String> given, List<FieldError> errors) {
        LinkedHashSet<String> skills = new LinkedHashSet<>();
        for (String skill : given == null ? List.<String>of() : given) {
            String clean = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > 60 || !Validation.storable(clean)) {
                errors.add(new FieldError("skills", "validation.size.max", Map.of("max", 60)));
                return List.of();
            }
            skills.add(clean);
        }
        if (skills.size() > 20) {
            errors.add(new FieldError("skills", "workshop.skills.too-many", Map.of("max", 20)));
        }
        return List.copyOf(skills);
    }

    private static void text(String field, String value, int max, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "validation.size.max", Map.of("max", max)));
        }
    }

    private static void url(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || value.length() > 500) {
                errors.add(FieldError.of(field, "workshop.link.invalid"));
            }
        } catch (URISyntaxException e) {
            errors.add(FieldError.of(field, "workshop.link.invalid"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
