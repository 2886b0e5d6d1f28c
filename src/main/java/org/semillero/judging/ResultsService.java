package org.semillero.judging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.event.PhaseChanging;
import org.semillero.judging.ResultsCalculator.Inputs;
import org.semillero.judging.ResultsCalculator.Row;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;

/**
 * Publishing results: when an event enters RESULTS its inputs are gathered, the ranking is
 * computed once and both are stored with the SHA-256 of the canonical inputs. Anyone who may
 * see the results can ask for a recomputation from the stored inputs and compare.
 */
@ApplicationScoped
public class ResultsService {

    /** A published line: the computed row plus what readers need to recognise the entry. */
    public record Line(Row row, String title, String team, String award) {
    }

    public record Published(Event event, Instant computedAt, String digest, ResultsCalculator.Method method,
                            List<Line> lines) {
    }

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final EventService events;
    private final EventPolicy policy;
    private final JuryService jury;
    private final InstitutionClock clock;

    /** Verification answers by snapshot content; small, as only recent events are viewed often. */
    private final Map<String, Boolean> verified = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 256;
                }
            });

    ResultsService(EventService events, EventPolicy policy, JuryService jury, InstitutionClock clock) {
        this.events = events;
        this.policy = policy;
        this.jury = jury;
        this.clock = clock;
    }

    /** Entering RESULTS publishes; stepping back to VOTING withdraws the snapshot so it is recomputed. */
    void onPhaseChange(@Observes PhaseChanging change) {
        if (change.from() == EventPhase.RESULTS && change.to() == EventPhase.VOTING) {
            Panache.getEntityManager().createNativeQuery("delete from result_snapshot where event_id = :e")
                    .setParameter("e", change.eventId()).executeUpdate();
            return;
        }
        if (change.from() != EventPhase.VOTING || change.to() != EventPhase.RESULTS) {
            return;
        }
        Event event = Event.findById(change.eventId());
        if (event.juryWeight > 0 && jury.coverageOf(event).stream().anyMatch(JuryService.Coverage::missing)) {
            throw DomainException.conflict("coverage-missing");
        }
        Inputs inputs = gather(event);
        List<Row> ranking = ResultsCalculator.compute(inputs);
        String inputsJson = json(inputs);
        Panache.getEntityManager().createNativeQuery("""
                insert into result_snapshot (event_id, computed_at, inputs_digest, inputs, ranking)
                values (:e, :at, :digest, cast(:inputs as jsonb), cast(:ranking as jsonb))""")
                .setParameter("e", event.id).setParameter("at", clock.now()).setParameter("digest", sha256(inputsJson))
                .setParameter("inputs", inputsJson).setParameter("ranking", json(ranking)).executeUpdate();
    }

    public Published published(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.VIEW_RESULTS, event.phase);
        // Readers need the ranking and the method, not every stored vote and score of the inputs.
        Object[] snapshot = snapshot(event, "inputs->'method'");
        List<Row> rows = read((String) snapshot[2], new TypeReference<>() { });
        ResultsCalculator.Method method = read((String) snapshot[1], new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Object[]> names = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.title, t.name, a.kind from submission s join team t on t.id = s.team_id
                left join result_award a on a.submission_id = s.id and a.event_id = s.event_id
                where s.event_id = :e""").setParameter("e", event.id).getResultList();
        Map<Long, Object[]> byId = new LinkedHashMap<>();
        names.forEach(n -> byId.put(((Number) n[0]).longValue(), n));
        List<Line> lines = rows.stream().map(r -> {
            Object[] n = byId.get(r.entryId());
            return new Line(r, (String) n[1], (String) n[2], (String) n[3]);
        }).toList();
        return new Published(event, asInstant(snapshot[3]), (String) snapshot[0], method, lines);
    }

    /**
     * Recomputes from the stored inputs; true when digest and ranking match what was published.
     * The answer is remembered for exactly the stored bytes (their md5, computed by the
     * database), so a changed snapshot, even one edited by hand, is verified again.
     */
    public boolean verify(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.VIEW_RESULTS, event.phase);
        @SuppressWarnings("unchecked")
        List<Object[]> stored = Panache.getEntityManager().createNativeQuery("""
                select inputs_digest, md5(cast(inputs as text)), md5(cast(ranking as text))
                from result_snapshot where event_id = :e""").setParameter("e", event.id).getResultList();
        if (stored.isEmpty()) {
            throw DomainException.notFound("results-not-found");
        }
        String key = event.id + ":" + stored.get(0)[0] + ":" + stored.get(0)[1] + ":" + stored.get(0)[2];
        Boolean known = verified.get(key);
        if (known != null) {
            return known;
        }
        Object[] snapshot = snapshot(event);
        Inputs inputs = read((String) snapshot[1], new TypeReference<>() { });
        List<Row> ranking = read((String) snapshot[2], new TypeReference<>() { });
        boolean matches = sha256(json(inputs)).equals(snapshot[0]) && ResultsCalculator.compute(inputs).equals(ranking);
        verified.put(key, matches);
        return matches;
    }

    /** Organizers mark winners and special mentions while results are shown; null clears. */
    @Transactional
    public void award(Actor actor, String slug, long submissionId, String kind) {
        Event event = events.get(actor, slug);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        if (event.phase != EventPhase.RESULTS) {
            throw new DomainException(DomainException.Kind.CONFLICT, "wrong-phase", "problem.results.awards-closed");
        }
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("delete from result_award where event_id = :e and submission_id = :s")
                .setParameter("e", event.id).setParameter("s", submissionId).executeUpdate();
        if (kind != null && !kind.isBlank()) {
            if (!kind.equals("WINNER") && !kind.equals("MENTION")) {
                throw DomainException.invalid(List.of(org.semillero.shared.web.FieldError.of("kind", "results.award.unknown")));
            }
            if (em.createNativeQuery("select 1 from submission where id = :s and event_id = :e and status = 'ACCEPTED'")
                    .setParameter("s", submissionId).setParameter("e", event.id).getResultList().isEmpty()) {
                throw DomainException.notFound("submission-not-found");
            }
            em.createNativeQuery("""
                    insert into result_award (event_id, submission_id, kind, awarded_by) values (:e, :s, :k, :by)""")
                    .setParameter("e", event.id).setParameter("s", submissionId).setParameter("k", kind)
                    .setParameter("by", actor.personId()).executeUpdate();
        }
    }

    /** Every judge's scores, for organizers once results are published. */
    public List<Object[]> judgeScores(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        policy.require(actor.roles(), EventAction.VIEW_RESULTS, event.phase);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.display_name, s.title, c.name, sc.value, coalesce(cm.comment, '')
                from score sc join person p on p.id = sc.judge_id join submission s on s.id = sc.submission_id
                join criterion c on c.id = sc.criterion_id
                left join score_comment cm on cm.judge_id = sc.judge_id and cm.submission_id = sc.submission_id
                where sc.event_id = :e order by p.display_name, s.id, c.position""")
                .setParameter("e", event.id).getResultList();
        return rows;
    }

    Inputs gather(Event event) {
        EntityManager em = Panache.getEntityManager();
        List<ResultsCalculator.Criterion> criteria = Criterion.of(event.id).stream()
                .map(c -> new ResultsCalculator.Criterion(c.id, c.weight)).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> entryRows = em.createNativeQuery("""
                select s.id, s.challenge_id, extract(epoch from coalesce(s.finalized_at, s.created_at))::bigint,
                       coalesce(sum(v.points), 0), count(distinct v.voter_id)
                from submission s left join vote v on v.submission_id = s.id
                where s.event_id = :e and s.status = 'ACCEPTED'
                group by s.id order by s.id""").setParameter("e", event.id).getResultList();
        List<ResultsCalculator.Entry> entries = entryRows.stream().map(r -> new ResultsCalculator.Entry(
                ((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> scoreRows = em.createNativeQuery("""
                select sc.judge_id, sc.submission_id, sc.criterion_id, sc.value from score sc
                join submission s on s.id = sc.submission_id and s.status = 'ACCEPTED'
                where sc.event_id = :e order by 1, 2, 3""").setParameter("e", event.id).getResultList();
        List<ResultsCalculator.Score> scores = scoreRows.stream().map(r -> new ResultsCalculator.Score(
                ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue())).toList();
        ResultsCalculator.Method method = new ResultsCalculator.Method(event.juryWeight, event.voteWeight,
                ResultsCalculator.Normalisation.valueOf(event.normalisation), List.of(event.tieBreak.split(",")));
        return new Inputs(method, criteria, entries, scores);
    }

    private static Object[] snapshot(Event event) {
        return snapshot(event, "inputs");
    }

    /** The stored snapshot: digest, the given part of the inputs (as JSON text), ranking, time. */
    private static Object[] snapshot(Event event, String inputsPart) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select inputs_digest, cast(" + inputsPart + " as text), cast(ranking as text), computed_at"
                + " from result_snapshot where event_id = :e").setParameter("e", event.id).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("results-not-found");
        }
        return rows.get(0);
    }

    private static Instant asInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    static String json(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise results", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return CANONICAL.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored results are unreadable", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
