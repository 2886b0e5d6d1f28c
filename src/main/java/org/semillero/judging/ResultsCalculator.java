package org.semillero.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The published computation, as a pure function of its inputs (see docs/results.md):
 * <ol>
 *   <li>a judge's total for an entry is the weighted mean of the criteria it scored;</li>
 *   <li>with Z_SCORE, each judge's totals are standardised over the entries that judge scored
 *       (population standard deviation; a judge who gave everyone the same total counts 0);</li>
 *   <li>an entry's jury score is the mean over its judges;</li>
 *   <li>the jury component is scaled to 0–100 across the entries (min–max; all equal gives
 *       100 to everyone); the vote component is each entry's share of the top entry's points
 *       (the top entry 100, an entry with half its points 50, no points 0), so an entry that
 *       received votes never shows 0;</li>
 *   <li>final = (jury weight × jury + vote weight × votes) / 100, ranked with the declared
 *       tie-break order, then by entry id.</li>
 * </ol>
 * Only entries with every criterion scored by a judge count for that judge.
 */
public final class ResultsCalculator {

    public enum Normalisation {
        RAW, Z_SCORE
    }

    public record Criterion(long id, int weight) {
    }

    public record Score(long judgeId, long entryId, long criterionId, int value) {
    }

    public record Entry(long id, Long challengeId, long finalizedAtEpochSecond, int points, int voters) {
    }

    /** How vote points become the 0–100 vote component. */
    public enum VoteScaling {
        /** Results published before share-of-top scaling: (points − min) / (max − min). */
        MIN_MAX,
        /** points / max points. */
        SHARE_OF_TOP
    }

    /**
     * The declared method. {@code voteScaling} is absent (null) in snapshots published before it
     * existed, which were computed with {@link VoteScaling#MIN_MAX}; leaving it out of their
     * JSON keeps their digests as published.
     */
    public record Method(int juryWeight, int voteWeight, Normalisation normalisation, List<String> tieBreak,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                                 com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                         VoteScaling voteScaling) {

        public Method(int juryWeight, int voteWeight, Normalisation normalisation, List<String> tieBreak) {
            this(juryWeight, voteWeight, normalisation, tieBreak, VoteScaling.SHARE_OF_TOP);
        }
    }

    public record Inputs(Method method, List<Criterion> criteria, List<Entry> entries, List<Score> scores) {
    }

    public record Row(long entryId, Long challengeId, int rank, int rankInChallenge, Double juryRaw, double jury,
                      double votes, int points, int voters, double finalScore) {
    }

    private ResultsCalculator() {
    }

    public static List<Row> compute(Inputs in) {
        Map<Long, Integer> weights = in.criteria().stream()
                .collect(Collectors.toMap(Criterion::id, Criterion::weight));
        int weightSum = weights.values().stream().mapToInt(Integer::intValue).sum();

        // 1. judge totals: judge -> entry -> weighted mean
        Map<Long, Map<Long, Map<Long, Integer>>> byJudge = new TreeMap<>();
        for (Score s : in.scores()) {
            byJudge.computeIfAbsent(s.judgeId(), k -> new TreeMap<>())
                    .computeIfAbsent(s.entryId(), k -> new TreeMap<>()).put(s.criterionId(), s.value());
        }
        Map<Long, Map<Long, Double>> totals = new TreeMap<>();
        byJudge.forEach((judge, entries) -> entries.forEach((entry, values) -> {
            if (values.keySet().containsAll(weights.keySet()) && weightSum > 0) {
                double sum = 0;
                for (Map.Entry<Long, Integer> w : weights.entrySet()) {
                    sum += w.getValue() * values.get(w.getKey());
                }
                totals.computeIfAbsent(judge, k -> new TreeMap<>()).put(entry, sum / weightSum);
            }
        }));

        // 2. per-judge normalisation
        if (in.method().normalisation() == Normalisation.Z_SCORE) {
            totals.replaceAll((judge, values) -> standardise(values));
        }

        // 3. jury score per entry: mean over judges
        Map<Long, List<Double>> perEntry = new HashMap<>();
        totals.values().forEach(values -> values.forEach((entry, value) ->
                perEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(value)));
        Map<Long, Double> juryRaw = new HashMap<>();
        perEntry.forEach((entry, values) -> juryRaw.put(entry,
                values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));

        // 4. scale both components to 0..100 across the entries
        Map<Long, Double> jury = scale(in.entries(), e -> juryRaw.getOrDefault(e.id(), null));
        Map<Long, Double> votes = in.method().voteScaling() == VoteScaling.SHARE_OF_TOP
                ? shareOfTop(in.entries())
                : scale(in.entries(), e -> (double) e.points());

        // 5. final score and ranking
        Map<Long, Entry> entries = new LinkedHashMap<>();
        in.entries().forEach(e -> entries.put(e.id(), e));
        Map<Long, Double> finals = new HashMap<>();
        entries.keySet().forEach(id -> finals.put(id, round((in.method().juryWeight() * jury.get(id)
                + in.method().voteWeight() * votes.get(id)) / 100.0)));
        Comparator<Entry> order = Comparator.comparing((Entry e) -> -finals.get(e.id()));
        for (String key : in.method().tieBreak()) {
            order = switch (key) {
                case "JURY" -> order.thenComparing(e -> -jury.get(e.id()));
                case "VOTERS" -> order.thenComparing(e -> -e.voters());
                case "FINALIZED" -> order.thenComparingLong(Entry::finalizedAtEpochSecond);
                default -> throw new IllegalArgumentException("unknown tie-break " + key);
            };
        }
        order = order.thenComparingLong(Entry::id);
        List<Entry> ranked = entries.values().stream().sorted(order).toList();
        Map<Long, Integer> perChallenge = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            int inChallenge = e.challengeId() == null ? 0
                    : perChallenge.merge(e.challengeId(), 1, Integer::sum);
            Double rawJury = juryRaw.get(e.id());
            rows.add(new Row(e.id(), e.challengeId(), i + 1, inChallenge, rawJury == null ? null : round(rawJury),
                    jury.get(e.id()), votes.get(e.id()), e.points(), e.voters(), finals.get(e.id())));
        }
        return rows;
    }

    static Map<Long, Double> standardise(Map<Long, Double> values) {
        double mean = values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = values.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
        double sd = Math.sqrt(variance);
        Map<Long, Double> z = new TreeMap<>();
        values.forEach((entry, v) -> z.put(entry, sd == 0 ? 0.0 : (v - mean) / sd));
        return z;
    }

    private static Map<Long, Double> scale(List<Entry> entries, java.util.function.Function<Entry, Double> value) {
        List<Double> present = entries.stream().map(value).filter(java.util.Objects::nonNull).toList();
        double min = present.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = present.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<Long, Double> scaled = new HashMap<>();
        for (Entry e : entries) {
            Double v = value.apply(e);
            double s;
            if (v == null) {
                s = 0;
            } else if (max == min) {
                s = 100;
            } else {
                s = (v - min) / (max - min) * 100;
            }
            scaled.put(e.id(), round(s));
        }
        return scaled;
    }

    private static Map<Long, Double> shareOfTop(List<Entry> entries) {
        int top = entries.stream().mapToInt(Entry::points).max().orElse(0);
        Map<Long, Double> scaled = new HashMap<>();
        entries.forEach(e -> scaled.put(e.id(), top == 0 ? 0.0 : round(100.0 * e.points() / top)));
        return scaled;
    }

    /** Four decimals, so published numbers and recomputations match digit for digit. */
    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}
