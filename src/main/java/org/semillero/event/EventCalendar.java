package org.semillero.event;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.i18n.Messages;

/**
 * Events' phase dates as iCalendar: one event's feed, and each person's own feed (the events
 * they take part in: ideas, teams, jury) at a secret address they can replace or turn off.
 * Each phase is one calendar entry from its start to the next phase's start.
 */
@ApplicationScoped
public class EventCalendar {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The events a person takes part in, visible to them (never drafts). */
    private static final String TAKING_PART = """
            select e.id from event e where e.phase <> 'DRAFT' and e.id in (
                select event_id from idea where author_id = :person and event_id is not null
                union select event_id from team_member where person_id = :person
                union select event_id from judge where person_id = :person)
            order by e.ideation_starts_at, e.id""";

    public String feed(List<Event> events, Locale locale, String publicUrl) {
        Calendar calendar = new Calendar().add(new ProdId("-//Semillero//Events//" + locale.getLanguage().toUpperCase(Locale.ROOT)))
                .add(ImmutableVersion.VERSION_2_0).add(ImmutableCalScale.GREGORIAN);
        Instant stamp = Instant.now();
        for (Event event : events) {
            for (EventPhase phase : List.of(EventPhase.IDEATION, EventPhase.HACKING, EventPhase.VOTING, EventPhase.RESULTS)) {
                Instant start = event.plannedStart(phase).orElse(null);
                Instant end = event.plannedStart(phase.next().orElseThrow()).orElse(null);
                if (start == null || end == null || !end.isAfter(start)) {
                    continue;
                }
                String summary = Messages.get(locale, "event.calendar.entry",
                        Map.of("event", event.title, "phase", Messages.get(locale, "phase." + phase.name())));
                VEvent entry = new VEvent(start, end, summary).add(new Uid("event-" + event.id + "-" + phase.name() + "@semillero"))
                        .add(new DtStamp(stamp)).add(new Url(java.net.URI.create(publicUrl + "/events/" + event.slug)));
                calendar.add(entry);
            }
        }
        return calendar.toString();
    }

    /** The feed at a person's secret address, in their language; empty for an address that is not (or no longer) theirs. */
    public Optional<String> personalFeed(String token, String publicUrl) {
        if (token == null || token.length() < 32 || token.length() > 64) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> owner = Panache.getEntityManager().createNativeQuery("""
                select p.id, p.preferred_language from calendar_feed f join person p on p.id = f.person_id
                where f.token = :token and p.removed_at is null""").setParameter("token", token).getResultList();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        long personId = ((Number) owner.get(0)[0]).longValue();
        String language = (String) owner.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Number> ids = Panache.getEntityManager().createNativeQuery(TAKING_PART).setParameter("person", personId)
                .getResultList();
        List<Event> events = ids.isEmpty() ? List.of()
                : Event.list("id in ?1 order by ideationStartsAt, id", ids.stream().map(Number::longValue).toList());
        return Optional.of(feed(events, Locales.isSupported(language) ? Locale.forLanguageTag(language) : Locales.DEFAULT,
                publicUrl));
    }

    /** The person's secret feed token, if the feed is on. */
    public Optional<String> tokenOf(long personId) {
        @SuppressWarnings("unchecked")
        List<String> tokens = Panache.getEntityManager().createNativeQuery(
                "select token from calendar_feed where person_id = :person").setParameter("person", personId).getResultList();
        return tokens.stream().findFirst();
    }

    /** A new secret address (the old one stops working at once). */
    @Transactional
    public String renew(long personId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Panache.getEntityManager().createNativeQuery("""
                insert into calendar_feed (person_id, token) values (:person, :token)
                on conflict (person_id) do update set token = excluded.token, created_at = now()""")
                .setParameter("person", personId).setParameter("token", token).executeUpdate();
        return token;
    }

    @Transactional
    public void turnOff(long personId) {
        Panache.getEntityManager().createNativeQuery("delete from calendar_feed where person_id = :person")
                .setParameter("person", personId).executeUpdate();
    }
}
