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
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.event.EventPolicy;
import org.semillero.event.EventService;
import org.semillero.event.PhaseChanging;
import org.semillero.judging.ResultsCalculator.Inputs;
import org.semillero.judging.ResultsCalculator.Row;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.Instants;
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
                            List<Line> lines, List<Publication> history) {

        /** The ranking as CSV, the same for the API and the signed-in browser. */
        public String csv() {
            StringBuilder csv = new StringBuilder(org.semillero.shared.web.Csv.line(List.of("rank", "rank_in_challenge",
                    "submission_id", "title", "team", "jury_raw", "jury", "votes", "points", "voters", "final", "award")));
            for (Line line : lines) {
                Row r = line.row();
                csv.append(org.semillero.shared.web.Csv.line(List.of(String.valueOf(r.rank()),
                        String.valueOf(r.rankInChallenge()), String.valueOf(r.entryId()), line.title(), line.team(),
                        r.juryRaw() == null ? "" : String.valueOf(r.juryRaw()), String.valueOf(r.jury()),
                        String.valueOf(r.votes()), String.valueOf(r.points()), String.valueOf(r.voters()),
                        String.valueOf(r.finalScore()), line.award() == null ? "" : line.award())));
            }
            return csv.toString();
        }
    }

    /**
     * One publication of the event's results. Every publication is kept; one that was
     * withdrawn (voting re-opened by an administrator) says by whom, when and why.
     */
    public record Publication(Instant publishedAt, String digest, Instant withdrawnAt, String withdrawnBy,
                              String withdrawnReason) {
    }

    /**
     * The answer to "can these results be trusted?": {@code storedMatches} recomputes the
     * ranking from the inputs stored with the publication; {@code liveMatches} compares those
     * inputs with the votes and scores in the database now. Any difference is listed.
     */
    public record Verification(boolean matches, boolean storedMatches, boolean liveMatches, List<Difference> differences) {
    }

    /**
     * An entry whose published inputs differ from the live tables: {@code what} is
     * {@code points}, {@code voters}, {@code jury-scores} (how many scores) or {@code entry}
     * (1 present, 0 absent).
     */
    public record Difference(long entryId, String what, long published, long live) {
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

    private final AuditLog audit;

    ResultsService(EventService events, EventPolicy policy, JuryService jury, InstitutionClock clock, AuditLog audit) {
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.jury = jury;
        this.clock = clock;
    }

    /**
     * Entering RESULTS publishes; stepping back to VOTING withdraws the publication (kept, with
     * who, when and why) so that the next one is computed afresh.
     */
    void onPhaseChange(@Observes PhaseChanging change) {
        if (change.from() == EventPhase.RESULTS && change.to() == EventPhase.VOTING) {
            Panache.getEntityManager().createNativeQuery("""
                    update result_snapshot set withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :reason
                    where event_id = :e and withdrawn_at is null""")
                    .setParameter("at", clock.now()).setParameter("by", change.actorId())
                    .setParameter("reason", change.reason() == null ? "" : change.reason())
                    .setParameter("e", change.eventId()).executeUpdate();
            Event event = Event.findById(change.eventId());
            audit.record(change.actorId(), AuditAction.RESULTS_WITHDRAWN, event.auditSubject(), null, null, change.reason());
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
                insert into result_snapshot (event_id, computed_at, inputs_digest, inputs, ranking, published_by)
                values (:e, :at, :digest, cast(:inputs as jsonb), cast(:ranking as jsonb), :by)""")
                .setParameter("e", event.id).setParameter("at", clock.now()).setParameter("digest", sha256(inputsJson))
                .setParameter("by", change.actorId())
                .setParameter("inputs", inputsJson).setParameter("ranking", json(ranking)).executeUpdate();
        audit.record(change.actorId(), AuditAction.RESULTS_PUBLISHED, event.auditSubject(), null,
                Map.of("digest", sha256(inputsJson)), null);
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
        return new Published(event, Instants.of(snapshot[3]), (String) snapshot[0], method, lines, history(event));
    }

    private static List<Publication> history(Event event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select r.computed_at, r.inputs_digest, r.withdrawn_at, p.display_name, r.withdrawn_reason
                from result_snapshot r left join person p on p.id = r.withdrawn_by
                where r.event_id = :e order by r.computed_at, r.id""").setParameter("e", event.id).getResultList();
        return rows.stream().map(r -> new Publication(Instants.of(r[0]), (String) r[1],
                r[2] == null ? null : Instants.of(r[2]), (String) r[3], (String) r[4])).toList();
    }

    /**
     * Recomputes from the stored inputs (digest and ranking must match what was published) and
     * compares the stored inputs with the live vote and score tables, so that neither an edited
     * snapshot nor a vote changed after publication goes unnoticed. The stored half is
     * remembered for exactly the stored bytes (their md5, computed by the database); the live
     * half is checked on every call.
     */
    public Verification verify(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.VIEW_RESULTS, event.phase);
        boolean storedMatches = storedMatches(event);
        Inputs inputs = read((String) snapshot(event)[1], new TypeReference<>() { });
        List<Difference> differences = differences(inputs, gather(event));
        return new Verification(storedMatches && differences.isEmpty(), storedMatches, differences.isEmpty(),
                differences);
    }

    /**
     * Only the stored half of {@link #verify}: what the results page shows on every view. It is
     * remembered for exactly the stored bytes, so a view costs one small query; the comparison
     * with the live tables reads the whole inputs and is asked for separately.
     */
    public boolean verifyStored(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        policy.require(actor.roles(), EventAction.VIEW_RESULTS, event.phase);
        return storedMatches(event);
    }

    private boolean storedMatches(Event event) {
        @SuppressWarnings("unchecked")
        List<Object[]> stored = Panache.getEntityManager().createNativeQuery("""
                select inputs_digest, md5(cast(inputs as text)), md5(cast(ranking as text))
                from result_snapshot where event_id = :e and withdrawn_at is null""")
                .setParameter("e", event.id).getResultList();
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

    /** Per entry: points, voters and jury scores as published against what the tables hold now. */
    static List<Difference> differences(Inputs published, Inputs live) {
        Map<Long, ResultsCalculator.Entry> before = new LinkedHashMap<>();
        published.entries().forEach(e -> before.put(e.id(), e));
        Map<Long, ResultsCalculator.Entry> now = new LinkedHashMap<>();
        live.entries().forEach(e -> now.put(e.id(), e));
        Map<Long, List<ResultsCalculator.Score>> scoresBefore = byEntry(published.scores());
        Map<Long, List<ResultsCalculator.Score>> scoresNow = byEntry(live.scores());
        java.util.SortedSet<Long> ids = new java.util.TreeSet<>(before.keySet());
        ids.addAll(now.keySet());
        List<Difference> differences = new java.util.ArrayList<>();
        for (long id : ids) {
            ResultsCalculator.Entry b = before.get(id);
            ResultsCalculator.Entry n = now.get(id);
            if (b == null || n == null) {
                differences.add(new Difference(id, "entry", b == null ? 0 : 1, n == null ? 0 : 1));
                continue;
            }
            if (b.points() != n.points()) {
                differences.add(new Difference(id, "points", b.points(), n.points()));
            }
            if (b.voters() != n.voters()) {
                differences.add(new Difference(id, "voters", b.voters(), n.voters()));
            }
            List<ResultsCalculator.Score> sb = scoresBefore.getOrDefault(id, List.of());
            List<ResultsCalculator.Score> sn = scoresNow.getOrDefault(id, List.of());
            if (!sb.equals(sn)) {
                // Which judge changed what stays private; that the jury inputs changed does not.
                differences.add(new Difference(id, "jury-scores", sb.size(), sn.size()));
            }
        }
        return differences;
    }

    private static Map<Long, List<ResultsCalculator.Score>> byEntry(List<ResultsCalculator.Score> scores) {
        Map<Long, List<ResultsCalculator.Score>> map = new LinkedHashMap<>();
        scores.forEach(s -> map.computeIfAbsent(s.entryId(), k -> new java.util.ArrayList<>()).add(s));
        return map;
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
        @SuppressWarnings("unchecked")
        List<String> previous = em.createNativeQuery(
                        "select kind from result_award where event_id = :e and submission_id = :s")
                .setParameter("e", event.id).setParameter("s", submissionId).getResultList();
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
        String now = kind == null || kind.isBlank() ? null : kind;
        String before = previous.isEmpty() ? null : previous.get(0);
        if (!java.util.Objects.equals(before, now)) {
            audit.record(actor.personId(), AuditAction.AWARD_SET, AuditLog.Subject.of("submission", submissionId,
                    titleOf(submissionId)), before == null ? null : Map.of("award", before),
                    now == null ? null : Map.of("award", now), null);
        }
    }


    private static String titleOf(long submissionId) {
        @SuppressWarnings("unchecked")
        List<String> titles = Panache.getEntityManager().createNativeQuery("select title from submission where id = :s")
                .setParameter("s", submissionId).getResultList();
        return titles.isEmpty() ? "" : titles.get(0);
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
                where sc.event_id = :e
                  and not exists (select 1 from recusal r where r.judge_id = sc.judge_id and r.submission_id = sc.submission_id)
                order by p.display_name, s.id, c.position""")
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
                from submission s
                left join vote v on v.submission_id = s.id and v.event_id = s.event_id
                    and not exists (select 1 from team_member m where m.team_id = s.team_id and m.person_id = v.voter_id)
                where s.event_id = :e and s.status = 'ACCEPTED'
                group by s.id order by s.id""").setParameter("e", event.id).getResultList();
        List<ResultsCalculator.Entry> entries = entryRows.stream().map(r -> new ResultsCalculator.Entry(
                ((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> scoreRows = em.createNativeQuery("""
                select sc.judge_id, sc.submission_id, sc.criterion_id, sc.value from score sc
                join submission s on s.id = sc.submission_id and s.status = 'ACCEPTED'
                where sc.event_id = :e
                  and not exists (select 1 from recusal r where r.judge_id = sc.judge_id and r.submission_id = sc.submission_id)
                order by 1, 2, 3""").setParameter("e", event.id).getResultList();
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
                + " from result_snapshot where event_id = :e and withdrawn_at is null")
                .setParameter("e", event.id).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("results-not-found");
        }
        return rows.get(0);
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
