package org.semillero.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Turnout never shows a group of one to four voters, directly or by subtraction. */
class TurnoutTest {

    @Test
    void a_department_with_a_single_voter_is_merged_with_the_next_smallest() {
        Turnout t = Turnout.of(Map.of("Hacienda", 7L, "Salud", 5L, "Registro", 1L), 5);
        assertThat(t.voters()).isEqualTo(13);
        assertThat(t.byDepartment()).containsExactly(Map.entry("Hacienda", 7L));
        assertThat(t.otherDepartments()).isEqualTo(6);
    }

    @Test
    void large_groups_are_shown_and_small_ones_together_when_they_reach_the_threshold() {
        Turnout t = Turnout.of(Map.of("Hacienda", 9L, "Salud", 3L, "Registro", 2L, "", 1L), 5);
        assertThat(t.byDepartment()).containsExactly(Map.entry("Hacienda", 9L));
        assertThat(t.otherDepartments()).isEqualTo(6);
        assertThat(Turnout.of(Map.of("Hacienda", 9L, "Salud", 6L), 5).otherDepartments()).isNull();
    }

    @Test
    void fewer_voters_than_the_threshold_show_no_number_at_all() {
        Turnout t = Turnout.of(Map.of("Hacienda", 4L), 5);
        assertThat(t.voters()).isNull();
        assertThat(t.byDepartment()).isEmpty();
        assertThat(t.otherDepartments()).isNull();
        assertThat(Turnout.of(Map.of(), 5).voters()).isNull();
    }

    @Property(tries = 2000)
    void no_count_between_one_and_the_threshold_and_the_parts_add_up(
            @ForAll @IntRange(min = 0, max = 8) int departments, @ForAll @IntRange(min = 2, max = 10) int threshold,
            @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < departments; i++) {
            counts.put("D" + i, (long) 1 + random.nextInt(3 * threshold));
        }
        Turnout t = Turnout.of(counts, threshold);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total < threshold) {
            assertThat(t.voters()).isNull();
            assertThat(t.byDepartment()).isEmpty();
            assertThat(t.otherDepartments()).isNull();
            return;
        }
        assertThat(t.voters()).isEqualTo(total);
        assertThat(t.byDepartment().values()).allMatch(c -> c >= threshold);
        assertThat(t.otherDepartments() == null || t.otherDepartments() >= threshold).isTrue();
        long shown = t.byDepartment().values().stream().mapToLong(Long::longValue).sum();
        assertThat(shown + (t.otherDepartments() == null ? 0 : t.otherDepartments())).isEqualTo(total);
    }
}
