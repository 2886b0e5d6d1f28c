package org.semillero.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The digest windows of the institution's calendar: a local day (midnight to midnight, 23 or 25
 * hours across a DST change) or a local week (Monday to Monday). A window can be built once its
 * end has passed and the local clock has reached the digest hour that day.
 */
final class DigestWindows {

    /** Catching up after a long pause stops at this many windows (the oldest are left). */
    static final int MAX_CATCH_UP = 31;

    record Window(Delivery kind, Instant start, Instant end) {
    }

    private DigestWindows() {
    }

    /** The end of the latest window of this kind that may be built at {@code now}. */
    static Instant latestEnd(Delivery kind, Instant now, ZoneId zone, int hour) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        LocalDate end = kind == Delivery.WEEKLY ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : today;
        if (!local.isBefore(end.atTime(hour, 0).atZone(zone))) {
            return end.atStartOfDay(zone).toInstant();
        }
        return step(end, kind, -1).atStartOfDay(zone).toInstant();
    }

    /**
     * The windows to build now, oldest first: from the end of the last one built (none: only the
     * latest) up to the latest buildable, each starting where the previous ended.
     */
    static List<Window> due(Delivery kind, Instant lastEnd, Instant now, ZoneId zone, int hour) {
        LocalDate latest = latestEnd(kind, now, zone, hour).atZone(zone).toLocalDate();
        LocalDate from = lastEnd == null ? step(latest, kind, -1) : lastEnd.atZone(zone).toLocalDate();
        if (from.isBefore(step(latest, kind, -MAX_CATCH_UP))) {
            from = step(latest, kind, -MAX_CATCH_UP);
        }
        List<Window> windows = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(latest); start = step(start, kind, 1)) {
            windows.add(new Window(kind, start.atStartOfDay(zone).toInstant(), step(start, kind, 1).atStartOfDay(zone).toInstant()));
        }
        return windows;
    }

    private static LocalDate step(LocalDate date, Delivery kind, int count) {
        return kind == Delivery.WEEKLY ? date.plusWeeks(count) : date.plusDays(count);
    }
}
