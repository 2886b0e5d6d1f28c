package org.semillero.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.semillero.event.Event;
import org.semillero.event.EventInput;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.people.SignInClaims;
import org.semillero.shared.security.Roles;

/** Builds the people and events a test needs, through the services, with unique names. */
@ApplicationScoped
public class Fixtures {

    private final PersonService people;
    private final EventService events;

    Fixtures(PersonService people, EventService events) {
        this.people = people;
        this.events = events;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Person person(String subject) {
        return people.signIn(new SignInClaims(subject, subject, subject, subject + "@example.org", null));
    }

    public EventService.Actor organizer() {
        return new EventService.Actor(person(unique("organizer")).id, Set.of(Roles.OFFICER, Roles.ORGANIZER));
    }

    public static EventInput input(String slug, OffsetDateTime ideation) {
        Duration step = Duration.ofDays(7);
        return new EventInput(slug, "Event " + slug, "Line one\nLine two", ideation, ideation.plus(step),
                ideation.plus(step.multipliedBy(2)), ideation.plus(step.multipliedBy(3)),
                ideation.plus(step.multipliedBy(4)), 2, 5, 5, 2, null);
    }

    /** JSON body for the API, with every field valid; tests override single fields. */
    public static Map<String, Object> json(String slug) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "Hackathon " + slug);
        body.put("description", "Plain text\nwith two lines");
        body.put("ideationStartsAt", start.toString());
        body.put("hackingStartsAt", start.plusDays(7).toString());
        body.put("votingStartsAt", start.plusDays(14).toString());
        body.put("resultsAt", start.plusDays(21).toString());
        body.put("closesAt", start.plusDays(28).toString());
        body.put("teamSizeMin", 2);
        body.put("teamSizeMax", 5);
        body.put("voteBudget", 5);
        body.put("maxVotesPerEntry", 2);
        return body;
    }

    /** A new event in {@code phase}, starting in ten days, moved there by its organizer. */
    public Event event(EventPhase phase) {
        return event(phase, OffsetDateTime.now(ZoneOffset.UTC).plusDays(10));
    }

    public Event event(EventPhase phase, OffsetDateTime ideation) {
        EventService.Actor organizer = organizer();
        Event event = events.create(organizer, input(unique("ev"), ideation));
        EventService.Actor admin = new EventService.Actor(organizer.personId(),
                Set.of(Roles.OFFICER, Roles.ORGANIZER, Roles.ADMIN));
        EventPhase current = EventPhase.DRAFT;
        while (current != phase) {
            EventPhase next = current.next().orElseThrow();
            events.changePhase(admin, event.slug, current, next, null);
            current = next;
        }
        return Event.findBySlug(event.slug).orElseThrow();
    }

    public static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Person.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
