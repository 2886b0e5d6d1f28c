package org.semillero.event;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.LocalTimes;

/**
 * The event form exactly as typed, so a rejected form is shown back unchanged. Dates are
 * local times ({@code datetime-local}) in the institution's time zone.
 */
public class EventForm {

    @RestForm public String slug = "";
    @RestForm public String title = "";
    @RestForm public String description = "";
    @RestForm public String ideationStartsAt = "";
    @RestForm public String hackingStartsAt = "";
    @RestForm public String votingStartsAt = "";
    @RestForm public String resultsAt = "";
    @RestForm public String closesAt = "";
    @RestForm public String teamSizeMin = "";
    @RestForm public String teamSizeMax = "";
    @RestForm public String voteBudget = "";
    @RestForm public String maxVotesPerEntry = "";
    @RestForm public String version = "";

    public record Parsed(EventInputs.EventInput input, List<FieldError> errors) {
    }

    public static EventForm blank() {
        EventForm form = new EventForm();
        form.teamSizeMin = "2";
        form.teamSizeMax = "6";
        form.voteBudget = "5";
        form.maxVotesPerEntry = "2";
        return form;
    }

    public static EventForm of(Event event, ZoneId zone) {
        EventForm form = new EventForm();
        form.slug = event.slug;
        form.title = event.title;
        form.description = event.description;
        form.ideationStartsAt = LocalTimes.format(event.ideationStartsAt, zone);
        form.hackingStartsAt = LocalTimes.format(event.hackingStartsAt, zone);
        form.votingStartsAt = LocalTimes.format(event.votingStartsAt, zone);
        form.resultsAt = LocalTimes.format(event.resultsAt, zone);
        form.closesAt = LocalTimes.format(event.closesAt, zone);
        form.teamSizeMin = String.valueOf(event.teamSizeMin);
        form.teamSizeMax = String.valueOf(event.teamSizeMax);
        form.voteBudget = String.valueOf(event.voteBudget);
        form.maxVotesPerEntry = String.valueOf(event.maxVotesPerEntry);
        form.version = String.valueOf(event.version);
        return form;
    }

    public Parsed parse(ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        EventInputs.EventInput input = new EventInputs.EventInput(
                blankToNull(slug), title, description,
                LocalTimes.parse("ideationStartsAt", ideationStartsAt, zone, errors),
                LocalTimes.parse("hackingStartsAt", hackingStartsAt, zone, errors),
                LocalTimes.parse("votingStartsAt", votingStartsAt, zone, errors),
                LocalTimes.parse("resultsAt", resultsAt, zone, errors),
                LocalTimes.parse("closesAt", closesAt, zone, errors),
                number("teamSizeMin", teamSizeMin, errors),
                number("teamSizeMax", teamSizeMax, errors),
                number("voteBudget", voteBudget, errors),
                number("maxVotesPerEntry", maxVotesPerEntry, errors),
                number("version", version, errors));
        return new Parsed(input, errors);
    }


    private static Integer number(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "validation.number"));
            return null;
        }
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
