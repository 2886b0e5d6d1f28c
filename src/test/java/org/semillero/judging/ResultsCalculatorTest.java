package org.semillero.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.semillero.judging.ResultsCalculator.Criterion;
import org.semillero.judging.ResultsCalculator.Entry;
import org.semillero.judging.ResultsCalculator.Inputs;
import org.semillero.judging.ResultsCalculator.Method;
import org.semillero.judging.ResultsCalculator.Normalisation;
import org.semillero.judging.ResultsCalculator.Row;
import org.semillero.judging.ResultsCalculator.Score;

/** The worked example of docs/results.md, computed by hand, checked digit by digit. */
class ResultsCalculatorTest {

    static final long A = 1;
    static final long B = 2;
    static final long C = 3;
    static final long LENIENT = 101;
    static final long HARSH = 102;

    static Inputs example(Normalisation normalisation) {
        List<Criterion> criteria = List.of(new Criterion(11, 60), new Criterion(12, 40));
        List<Entry> entries = List.of(new Entry(A, 10L, 100, 6, 4), new Entry(B, 10L, 200, 3, 3),
                new Entry(C, null, 150, 0, 0));
        List<Score> scores = new ArrayList<>();
        int[][] lenient = {{5, 5}, {4, 5}, {4, 4}};
        int[][] harsh = {{2, 3}, {1, 1}, {3, 1}};
        long[] ids = {A, B, C};
        for (int i = 0; i < 3; i++) {
            scores.add(new Score(LENIENT, ids[i], 11, lenient[i][0]));
            scores.add(new Score(LENIENT, ids[i], 12, lenient[i][1]));
            scores.add(new Score(HARSH, ids[i], 11, harsh[i][0]));
            scores.add(new Score(HARSH, ids[i], 12, harsh[i][1]));
        }
        return new Inputs(new Method(60, 40, normalisation, List.of("JURY", "VOTERS", "FINALIZED")), criteria,
                entries, scores);
    }

    private static Row row(List<Row> rows, long id) {
        return rows.stream().filter(r -> r.entryId() == id).findFirst().orElseThrow();
    }

    @Test
    void raw_scores_follow_the_worked_example() {
        List<Row> rows = ResultsCalculator.compute(example(Normalisation.RAW));
        assertThat(rows).extracting(Row::entryId).containsExactly(A, C, B);
        assertThat(row(rows, A).juryRaw()).isEqualTo(3.7);
        assertThat(row(rows, B).juryRaw()).isEqualTo(2.7);
        assertThat(row(rows, C).juryRaw()).isEqualTo(3.1);
        assertThat(row(rows, C).jury()).isEqualTo(40.0);
        assertThat(row(rows, B).votes()).isEqualTo(50.0);
        assertThat(row(rows, A).finalScore()).isEqualTo(100.0);
        assertThat(row(rows, C).finalScore()).isEqualTo(24.0);
        assertThat(row(rows, B).finalScore()).isEqualTo(20.0);
        assertThat(row(rows, A).rankInChallenge()).isEqualTo(1);
        assertThat(row(rows, B).rankInChallenge()).isEqualTo(2);
        assertThat(row(rows, C).rankInChallenge()).isZero();
    }

    @Test
    void z_scores_let_the_harsh_judge_count_as_much_as_the_lenient_one() {
        List<Row> rows = ResultsCalculator.compute(example(Normalisation.Z_SCORE));
        assertThat(rows).extracting(Row::entryId).containsExactly(A, B, C);
        assertThat(row(rows, A).juryRaw()).isCloseTo(1.0802, within(1e-4));
        assertThat(row(rows, B).juryRaw()).isCloseTo(-0.7820, within(1e-4));
        assertThat(row(rows, C).juryRaw()).isCloseTo(-0.2982, within(1e-4));
        assertThat(row(rows, C).jury()).isEqualTo(25.9811);
        assertThat(row(rows, C).finalScore()).isEqualTo(15.5887);
        assertThat(row(rows, B).finalScore()).isEqualTo(20.0);
    }

    @Test
    void a_judge_who_gives_everyone_the_same_total_counts_zero_after_standardising() {
        assertThat(ResultsCalculator.standardise(new java.util.TreeMap<>(java.util.Map.of(1L, 3.0, 2L, 3.0))))
                .containsValues(0.0, 0.0);
    }

    @Test
    void ties_are_broken_by_jury_then_distinct_voters_then_earlier_final_submission() {
        Method votesOnly = new Method(0, 100, Normalisation.RAW, List.of("JURY", "VOTERS", "FINALIZED"));
        List<Entry> entries = List.of(new Entry(1, null, 300, 4, 2), new Entry(2, null, 100, 4, 4),
                new Entry(3, null, 200, 4, 4), new Entry(4, null, 50, 0, 0));
        List<Row> rows = ResultsCalculator.compute(new Inputs(votesOnly, List.of(new Criterion(1, 100)), entries, List.of()));
        assertThat(rows).extracting(Row::entryId).containsExactly(2L, 3L, 1L, 4L);
        Method finalizedFirst = new Method(0, 100, Normalisation.RAW, List.of("FINALIZED", "VOTERS", "JURY"));
        assertThat(ResultsCalculator.compute(new Inputs(finalizedFirst, List.of(new Criterion(1, 100)), entries, List.of())))
                .extracting(Row::entryId).containsExactly(2L, 3L, 1L, 4L);
        Method votersLast = new Method(0, 100, Normalisation.RAW, List.of("JURY", "FINALIZED", "VOTERS"));
        assertThat(ResultsCalculator.compute(new Inputs(votersLast, List.of(new Criterion(1, 100)), entries, List.of())))
                .extracting(Row::entryId).containsExactly(2L, 3L, 1L, 4L);
    }

    @Test
    void incomplete_scorecards_do_not_count_and_computation_is_deterministic() {
        Inputs inputs = example(Normalisation.Z_SCORE);
        List<Score> partial = new ArrayList<>(inputs.scores());
        partial.add(new Score(999, A, 11, 1));
        Inputs withPartial = new Inputs(inputs.method(), inputs.criteria(), inputs.entries(), partial);
        assertThat(ResultsCalculator.compute(withPartial)).isEqualTo(ResultsCalculator.compute(inputs));
        assertThat(ResultsCalculator.compute(inputs)).isEqualTo(ResultsCalculator.compute(example(Normalisation.Z_SCORE)));
    }

    @Test
    void an_entry_with_votes_never_scales_to_zero_votes() {
        Method votesOnly = new Method(0, 100, Normalisation.RAW, List.of("JURY", "VOTERS", "FINALIZED"));
        List<Entry> entries = List.of(new Entry(1, null, 100, 12, 6), new Entry(2, null, 200, 10, 5),
                new Entry(3, null, 300, 0, 0));
        List<Row> rows = ResultsCalculator.compute(new Inputs(votesOnly, List.of(new Criterion(1, 100)), entries, List.of()));
        assertThat(row(rows, 1).votes()).isEqualTo(100.0);
        assertThat(row(rows, 2).votes()).isEqualTo(83.3333);
        assertThat(row(rows, 3).votes()).isZero();
        assertThat(ResultsCalculator.compute(new Inputs(votesOnly, List.of(new Criterion(1, 100)),
                List.of(new Entry(1, null, 100, 0, 0), new Entry(2, null, 200, 0, 0)), List.of())))
                .extracting(Row::votes).containsOnly(0.0);
    }

    @Test
    void results_published_before_share_of_top_still_recompute_as_published() {
        Method legacy = new Method(0, 100, Normalisation.RAW, List.of("JURY", "VOTERS", "FINALIZED"), null);
        List<Entry> entries = List.of(new Entry(1, null, 100, 12, 6), new Entry(2, null, 200, 10, 5));
        List<Row> rows = ResultsCalculator.compute(new Inputs(legacy, List.of(new Criterion(1, 100)), entries, List.of()));
        assertThat(row(rows, 2).votes()).isZero();
        assertThat(ResultsService.json(legacy)).doesNotContain("voteScaling");
        assertThat(ResultsService.json(new Method(0, 100, Normalisation.RAW, List.of("JURY")))).contains("SHARE_OF_TOP");
    }
}
