package org.semillero.vote;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;

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

    private final EventService events;
    private final EventPolicy policy;
    private final InstitutionClock clock;
    private final SecrecyConfig secrecy;

    VoteService(EventService events, EventPolicy policy, InstitutionClock clock, SecrecyConfig secrecy) {
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.secrecy = secrecy;
    }

    public Ballot ballot(Actor actor, String slug) {
        return ballotOf(actor, events.get(actor, slug));
    }

    private Ballot ballotOf(Actor actor, Event event) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.title, s.summary, t.name as team, coalesce(v.points, 0) as points,
                       exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = :voter) as own
                from submission s
                join team t on t.id = s.team_id
                left join vote v on v.submission_id = s.id and v.voter_id = :voter
                where s.event_id = :event and s.status = 'ACCEPTED'
                order by md5(:voter || ':' || s.id), s.id""", Tuple.class)
                .setParameter("voter", actor.personId()).setParameter("event", event.id).getResultList();
        List<Entry> entries = rows.stream().map(r -> new Entry(r.get("id", Number.class).longValue(),
                r.get("title", String.class), r.get("summary", String.class), r.get("team", String.class),
                r.get("points", Number.class).intValue(), r.get("own", Boolean.class))).toList();
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

    /** Sets the points of the entries named (a page of the ballot); the others keep theirs. */
    @Transactional
    public Ballot change(Actor actor, String slug, Map<Long, Integer> points) {
        return apply(actor, slug, points, false);
    }

    /** Replaces the whole ballot at once: entries not named keep no points. */
    @Transactional
    public Ballot replace(Actor actor, String slug, Map<Long, Integer> points) {
        return apply(actor, slug, points, true);
    }

    private Ballot apply(Actor actor, String slug, Map<Long, Integer> wanted, boolean replaceAll) {
        Event event = events.get(actor, slug);
        // Held until commit: a phase move waits for this ballot change, or this change sees the new phase.
        policy.require(actor.roles(), EventAction.VOTE, events.holdPhase(event));
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("""
                insert into ballot (event_id, voter_id) values (:e, :v) on conflict do nothing""")
                .setParameter("e", event.id).setParameter("v", actor.personId()).executeUpdate();
        em.createNativeQuery("select 1 from ballot where event_id = :e and voter_id = :v for update")
                .setParameter("e", event.id).setParameter("v", actor.personId()).getSingleResult();

        Map<Long, Entry> entries = new LinkedHashMap<>();
        ballotOf(actor, event).entries().forEach(e -> entries.put(e.submissionId(), e));
        Map<Long, Integer> current = new LinkedHashMap<>();
        entries.forEach((id, e) -> current.put(id, e.myPoints()));
        Set<Long> ownTeam = entries.values().stream().filter(Entry::ownTeam).map(Entry::submissionId)
                .collect(Collectors.toSet());
        BallotRules.Outcome outcome = BallotRules.apply(current, wanted, replaceAll, ownTeam, event.voteBudget,
                event.maxVotesPerEntry);
        if (!outcome.errors().isEmpty()) {
            throw DomainException.invalid(outcome.errors());
        }
        Map<Long, Integer> next = outcome.next();
        // The database judges the final ballot at commit (a deferred constraint trigger), so the
        // order of these writes does not matter; withdrawing first merely keeps the rows small.
        List<Map.Entry<Long, Integer>> ordered = new ArrayList<>(next.entrySet());
        ordered.sort(java.util.Comparator.comparingInt(
                (Map.Entry<Long, Integer> target) -> target.getValue() - entries.get(target.getKey()).myPoints()));
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
        // Run the commit-time budget check now, while a refusal can still be answered cleanly.
        em.createNativeQuery("set constraints vote_budget immediate").executeUpdate();
        return ballotOf(actor, event);
    }

    /**
     * Organizers follow participation while voting runs; tallies stay hidden until results and
     * no group smaller than the configured minimum is shown.
     */
    public Turnout turnout(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select coalesce(p.department, '') as department, count(distinct v.voter_id) as voters from vote v
                join person p on p.id = v.voter_id where v.event_id = :e
                group by 1 order by 1""", Tuple.class).setParameter("e", event.id).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(row.get("department", String.class), row.get("voters", Number.class).longValue()));
        return Turnout.of(counts, secrecy.minTurnoutGroup());
    }
}
