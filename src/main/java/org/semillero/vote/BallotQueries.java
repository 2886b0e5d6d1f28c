package org.semillero.vote;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Keyset;
import org.semillero.shared.web.Validation;

/**
 * The ballot of a large event a page at a time: search (title, summary or team), a theme, a
 * team, or only the entries one gave points to, in the voter's own stable random order, paged
 * by keyset; and the points given so far, always in full, however the list is filtered.
 */
@ApplicationScoped
public class BallotQueries {

    public static final int PAGE_SIZE = 20;

    /** The voter's order: a stable shuffle of their own, with the id breaking ties. */
    static final Keyset.Order ORDER = new Keyset.Order("ballot", "md5(cast(:voter as text) || ':' || s.id)", "text",
            false, "s.id");

    /** What to show; null and false mean everything. */
    public record Filter(String query, Long challengeId, Long teamId, boolean mine) {
    }

    /** One compact line: the entry, its team (and page), the voter's points. */
    public record Line(long submissionId, String title, String team, long teamId, int myPoints, boolean ownTeam) {
    }

    /** A choice in a filter's list. */
    public record Choice(long id, String name) {
    }

    /** A page of the ballot with what the voter has given in all, and the choices for the filters. */
    public record Page(Event event, List<Line> lines, Long total, String next, String previous, List<Line> given,
                       int used, int left, List<Choice> challenges, List<Choice> teams) {
    }

    private final EventService events;

    BallotQueries(EventService events) {
        this.events = events;
    }

    public Page page(Actor actor, String slug, Filter filter, String cursor) {
        Event event = events.get(actor, slug);
        StringBuilder where = new StringBuilder("""
                from submission s join team t on t.id = s.team_id
                left join vote v on v.submission_id = s.id and v.voter_id = :voter
                where s.event_id = :event and s.status = 'ACCEPTED'""");
        Map<String, Object> params = new HashMap<>(Map.of("voter", actor.personId(), "event", event.id));
        if (filter.query() != null) {
            where.append(" and (s.title ilike :q or s.summary ilike :q or t.name ilike :q)");
            params.put("q", "%" + filter.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.challengeId() != null) {
            where.append(" and s.challenge_id = :challenge");
            params.put("challenge", filter.challengeId());
        }
        if (filter.teamId() != null) {
            where.append(" and s.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.mine()) {
            where.append(" and v.points > 0");
        }
        Keyset.Ids ids = Keyset.ids(Panache.getEntityManager(), where.toString(), params, ORDER, cursor, PAGE_SIZE);
        Map<Long, Line> byId = new HashMap<>();
        lines("s.id in (:ids)", Map.of("ids", ids.ids().isEmpty() ? List.of(-1L) : ids.ids(), "voter", actor.personId(),
                "event", event.id)).forEach(line -> byId.put(line.submissionId(), line));
        List<Line> given = lines("v.points > 0", Map.of("voter", actor.personId(), "event", event.id));
        int used = given.stream().mapToInt(Line::myPoints).sum();
        return new Page(event, ids.ids().stream().map(byId::get).toList(), ids.total(), ids.next(), ids.previous(), given,
                used, event.voteBudget - used, choices("""
                        select distinct c.id, c.title from submission s join challenge c on c.id = s.challenge_id
                        where s.event_id = :event and s.status = 'ACCEPTED' order by c.title, c.id""", event.id),
                teamChoices(event.id));
    }

    /** The filters as typed; text that cannot be stored, too long, or ids that are not numbers are a 400. */
    public static Filter parse(String query, String challenge, String team, String mine) {
        if (query != null && (query.length() > 200 || !Validation.storable(query))) {
            throw DomainException.invalid(List.of(FieldError.of("q", "validation.characters")));
        }
        return new Filter(query == null || query.isBlank() ? null : query.strip(), id("challenge", challenge), id("team", team),
                "true".equals(mine));
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.number")));
        }
    }

    private static List<Line> lines(String condition, Map<String, Object> params) {
        jakarta.persistence.Query query = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.title, t.name as team, t.id as team_id, coalesce(v.points, 0) as points,
                       exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :voter) as own
                from submission s join team t on t.id = s.team_id
                left join vote v on v.submission_id = s.id and v.voter_id = :voter
                where s.event_id = :event and s.status = 'ACCEPTED' and %s
                order by md5(cast(:voter as text) || ':' || s.id), s.id""".formatted(condition), Tuple.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(r -> new Line(r.get("id", Number.class).longValue(), r.get("title", String.class),
                r.get("team", String.class), r.get("team_id", Number.class).longValue(), r.get("points", Number.class).intValue(),
                r.get("own", Boolean.class))).toList();
    }

    /** Past this many teams a list to pick from is no help (and weighs on every page): the search finds them. */
    static final int TEAM_CHOICES = 50;

    private static List<Choice> teamChoices(long eventId) {
        List<Choice> teams = choices("""
                select t.id, t.name from submission s join team t on t.id = s.team_id
                where s.event_id = :event and s.status = 'ACCEPTED' order by t.name, t.id limit %d""".formatted(TEAM_CHOICES + 1),
                eventId);
        return teams.size() > TEAM_CHOICES ? List.of() : teams;
    }

    private static List<Choice> choices(String sql, long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter("event", eventId).getResultList();
        return rows.stream().map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }
}
