package org.semillero.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Digest windows in the institution's calendar: whole local days and weeks, across DST, no gap, no overlap. */
class DigestWindowsTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void a_day_is_buildable_only_from_the_digest_hour_of_the_next_day() {
        Instant justBefore = Instant.parse("2026-06-10T04:59:59Z"); // 06:59:59 in Madrid (UTC+2)
        Instant atHour = Instant.parse("2026-06-10T05:00:00Z");
        assertThat(DigestWindows.latestEnd(Delivery.DAILY, justBefore, MADRID, 7)).isEqualTo("2026-06-08T22:00:00Z");
        assertThat(DigestWindows.latestEnd(Delivery.DAILY, atHour, MADRID, 7)).isEqualTo("2026-06-09T22:00:00Z");
        assertThat(DigestWindows.due(Delivery.DAILY, null, atHour, MADRID, 7)).containsExactly(new DigestWindows.Window(
                Delivery.DAILY, Instant.parse("2026-06-08T22:00:00Z"), Instant.parse("2026-06-09T22:00:00Z")));
    }

    @Test
    void the_days_of_the_clock_changes_last_23_and_25_hours() {
        List<DigestWindows.Window> spring = DigestWindows.due(Delivery.DAILY, Instant.parse("2026-03-28T23:00:00Z"),
                Instant.parse("2026-03-30T08:00:00Z"), MADRID, 7);
        assertThat(spring).hasSize(1);
        assertThat(Duration.between(spring.get(0).start(), spring.get(0).end())).isEqualTo(Duration.ofHours(23));
        List<DigestWindows.Window> autumn = DigestWindows.due(Delivery.DAILY, Instant.parse("2026-10-24T22:00:00Z"),
                Instant.parse("2026-10-26T08:00:00Z"), MADRID, 7);
        assertThat(autumn).hasSize(1);
        assertThat(Duration.between(autumn.get(0).start(), autumn.get(0).end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void a_week_runs_monday_to_monday_and_a_pause_is_caught_up_window_by_window() {
        List<DigestWindows.Window> weeks = DigestWindows.due(Delivery.WEEKLY, Instant.parse("2026-03-15T23:00:00Z"),
                Instant.parse("2026-04-06T09:00:00Z"), MADRID, 7);
        assertThat(weeks).extracting(w -> w.start().atZone(MADRID).toLocalDate().toString())
                .containsExactly("2026-03-16", "2026-03-23", "2026-03-30");
        assertThat(weeks.get(2).end().atZone(MADRID).toLocalDateTime().toString()).isEqualTo("2026-04-06T00:00");
        assertThat(DigestWindows.due(Delivery.WEEKLY, weeks.get(2).end(), Instant.parse("2026-04-06T09:00:00Z"), MADRID, 7))
                .isEmpty();
    }

    /**
     * Whatever the times the builder happens to run at, the windows it hands out, in order, tile
     * local midnights: each starts where the last ended, none twice, and each is one local day.
     */
    @Property(tries = 300)
    void windows_tile_the_calendar_whatever_the_run_times(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 200) Integer> gapsInHours,
                                                         @ForAll @IntRange(min = 0, max = 23) int hour) {
        Instant now = Instant.parse("2026-03-20T00:00:00Z");
        Instant lastEnd = null;
        List<DigestWindows.Window> all = new ArrayList<>();
        for (int gap : gapsInHours) {
            now = now.plus(Duration.ofHours(gap));
            List<DigestWindows.Window> due = DigestWindows.due(Delivery.DAILY, lastEnd, now, MADRID, hour);
            all.addAll(due);
            if (!due.isEmpty()) {
                lastEnd = due.get(due.size() - 1).end();
            }
            assertThat(lastEnd == null || !lastEnd.isAfter(now)).isTrue();
        }
        for (int i = 0; i < all.size(); i++) {
            DigestWindows.Window w = all.get(i);
            assertThat(w.start().atZone(MADRID).toLocalTime().toString()).isEqualTo("00:00");
            assertThat(w.end().atZone(MADRID).toLocalDate()).isEqualTo(w.start().atZone(MADRID).toLocalDate().plusDays(1));
            if (i > 0) {
                assertThat(w.start()).isEqualTo(all.get(i - 1).end());
            }
        }
    }
}
