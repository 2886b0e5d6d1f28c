package org.semillero.vote;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * Dot voting. The voter's ballot row is locked for every change, and a database trigger
 * re-checks phase, ballot membership, own team, per-entry maximum and budget on every
 * write, so no interleaving of requests can break them. Tallies are never read here.
 */
@ApplicationScoped
public class VoteService {

    /** One line of a voter's ballot. */
    public record Entry(long submissionId, String title, String summary, String team, int myPoints, boolean ownTeam) {
    }

    /** A voter's ballot: entries in the voter's own stable random order, and the points left. */
    public record Ballot(Event event, List<Entry> entries, int used, int left) {
    }

    /** How many officers voted, overall and by department; never who voted for what. */
    public record Turnout(long voters, Map<String, Long> byDepartment) {
    }

    private final EventService events;
    private final EventPolicy policy;
    private final InstitutionClock clock;

    VoteService(EventService events, EventPolicy policy, InstitutionClock clock) {
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public Ballot ballot(Actor actor, String slug) {
        return ballotOf(actor, events.get(actor, slug));
    }

    private Ballot ballotOf(Actor actor, Event event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.title, s.summary, t.name, coalesce(v.points, 0),
                       exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :voter)
                from submission s
                join team t on t.id = s.team_id
                left join vote v on v.submission_id = s.id and v.voter_id = :voter
                where s.event_id = :event and s.status = 'ACCEPTED'
                order by md5(:voter || ':' || s.id), s.id""")
                .setParameter("voter", actor.personId()).setParameter("event", event.id).getResultList();
        List<Entry> entries = rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], ((Number) r[4]).intValue(), (Boolean) r[5])).toList();
        int used = entries.stream().mapToInt(Entry::myPoints).sum();
        return new Ballot(event, entries, used, event.voteBudget - used);
    }

    /** Sets the points on one entry (0 withdraws them). */
    @Transactional
    public Ballot vote(Actor actor, String slug, long submissionId, int points) {
        Map<Long, Integer> change = new HashMap<>();
        change.put(submissionId, points);
        return apply(actor, slug, change, false);
    }

    /** Replaces the whole ballot at once: entries not named keep no points. */
    @Transactional
    public Ballot replace(Actor actor, String slug, Map<Long, Integer> points) {
        return apply(actor, slug, points, true);
    }

    private Ballot apply(Actor actor, String slug, Map<Long, Integer> wanted, boolean replaceAll) {
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.VOTE, event.phase);
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("""
                insert into ballot (event_id, voter_id) values (:e, :v) on conflict do nothing""")
                .setParameter("e", event.id).setParameter("v", actor.personId()).executeUpdate();
        em.createNativeQuery("select 1 from ballot where event_id = :e and voter_id = :v for update")
                .setParameter("e", event.id).setParameter("v", actor.personId()).getSingleResult();

        Map<Long, Entry> entries = new LinkedHashMap<>();
        ballotOf(actor, event).entries().forEach(e -> entries.put(e.submissionId(), e));
        Map<Long, Integer> next = new LinkedHashMap<>();
        entries.forEach((id, e) -> next.put(id, replaceAll ? 0 : e.myPoints()));
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<Long, Integer> change : wanted.entrySet()) {
            Entry entry = entries.get(change.getKey());
            int points = change.getValue() == null ? 0 : change.getValue();
            String field = "points." + change.getKey();
            if (entry == null) {
                throw DomainException.notFound("ballot-entry-not-found");
            }
            if (points < 0) {
                errors.add(new FieldError(field, "validation.min", Map.of("value", 0)));
            } else if (points > event.maxVotesPerEntry) {
                errors.add(new FieldError(field, "vote.per-entry", Map.of("max", event.maxVotesPerEntry)));
            } else if (points > 0 && entry.ownTeam()) {
                errors.add(FieldError.of(field, "vote.own-team"));
            }
            next.put(change.getKey(), points);
        }
        int total = next.values().stream().mapToInt(Integer::intValue).sum();
        if (errors.isEmpty() && total > event.voteBudget) {
            errors.add(new FieldError("points", "vote.over-budget", Map.of("budget", event.voteBudget)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        // Lower first, then raise, so the budget trigger never sees a transient overshoot.
        List<Map.Entry<Long, Integer>> ordered = new ArrayList<>(next.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Long, Integer> target : ordered) {
            int before = entries.get(target.getKey()).myPoints();
            int after = target.getValue();
            if (before == after) {
                continue;
            }
            if (after == 0) {
                em.createNativeQuery("delete from vote where voter_id = :v and submission_id = :s")
                        .setParameter("v", actor.personId()).setParameter("s", target.getKey()).executeUpdate();
            } else {
                em.createNativeQuery("""
                        insert into vote (event_id, voter_id, submission_id, points) values (:e, :v, :s, :p)
                        on conflict (voter_id, submission_id) do update set points = excluded.points, updated_at = now()""")
                        .setParameter("e", event.id).setParameter("v", actor.personId())
                        .setParameter("s", target.getKey()).setParameter("p", after).executeUpdate();
            }
            em.createNativeQuery("""
                    insert into ballot_log (event_id, voter_id, submission_id, points_before, points_after, at)
                    values (:e, :v, :s, :b, :a, :at)""")
                    .setParameter("e", event.id).setParameter("v", actor.personId()).setParameter("s", target.getKey())
                    .setParameter("b", before).setParameter("a", after).setParameter("at", clock.now()).executeUpdate();
        }
        em.createNativeQuery("update ballot set updated_at = now() where event_id = :e and voter_id = :v")
                .setParameter("e", event.id).setParameter("v", actor.personId()).executeUpdate();
        return ballotOf(actor, event);
    }

    /** Organizers follow participation while voting runs; tallies stay hidden until results. */
    public Turnout turnout(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select coalesce(p.department, ''), count(distinct v.voter_id) from vote v
                join person p on p.id = v.voter_id where v.event_id = :e
                group by 1 order by 1""").setParameter("e", event.id).getResultList();
        Map<String, Long> byDepartment = new LinkedHashMap<>();
        long voters = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            byDepartment.put((String) row[0], count);
            voters += count;
        }
        return new Turnout(voters, byDepartment);
    }
}
