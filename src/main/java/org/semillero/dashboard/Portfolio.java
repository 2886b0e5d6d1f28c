package org.semillero.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.semillero.backlog.ProjectStage;

/**
 * Every table of the portfolio dashboard for one filter, as shown, printed and exported.
 *
 * @param funnel      the cohort and how many of its members reached each later step
 * @param activity    what happened in the period, each kind counted on its own
 * @param leadTimes   days between steps, median and 80th percentile
 * @param stages      projects per stage now, and time spent in each stage from the stage history
 * @param trends      the funnel and lead times per quarter, the last eight quarters
 * @param changes     the latest quarter against the one before, per funnel step
 * @param notSet      people without a department in the filter's scope
 */
public record Portfolio(PortfolioFilter filter, Instant generatedAt, List<Step> funnel, List<Count> activity,
                        List<LeadTime> leadTimes, List<StageTime> stages, List<Quarter> trends, List<Change> changes,
                        List<DepartmentShare> participation, long notSet, List<Stale> stale) {

    /**
     * One step of a cohort funnel. {@code count} is how many cohort members reached this step or a
     * later one, so it never exceeds the previous step; {@code items} is how many records of the
     * step descend from the cohort (ideas, entries, projects).
     */
    public record Step(String key, long count, Double conversion, long items) {
    }

    /** A number of records of one kind in the period. */
    public record Count(String key, long count) {
    }

    /** Days between two steps over {@code measured} pairs; null when nothing was measured. */
    public record LeadTime(String key, long measured, Double medianDays, Double p80Days) {
    }

    /**
     * One project stage: projects in it now, projects that spent time in it since the period's
     * start (a revisit adds to the same project's time, a project still there counts up to now),
     * and the median and 80th percentile of that time in days.
     */
    public record StageTime(ProjectStage stage, long now, long visited, Double medianDays, Double p80Days) {
    }

    /** A calendar quarter of the institution's time zone; {@code 2026-Q4} in exports. */
    public record QuarterName(int year, int number) {

        static QuarterName of(LocalDate start) {
            return new QuarterName(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
        }

        @JsonValue
        @Override
        public String toString() {
            return year + "-Q" + number;
        }
    }

    /** One quarter of the trends; {@code soFar} marks the quarter under way. */
    public record Quarter(QuarterName quarter, boolean soFar, List<Step> funnel, List<LeadTime> leadTimes) {
    }

    /** The latest quarter's count of a funnel step minus the quarter before's. */
    public record Change(String key, long difference, QuarterName quarter, QuarterName previous) {

        /** The difference without its sign, for "12 more" and "12 fewer". */
        public long magnitude() {
            return Math.abs(difference);
        }
    }

    /** People of a department who took part in the scope's activity, over people of that department. */
    public record DepartmentShare(String department, boolean notSet, long tookPart, long seen, double percent) {
    }

    /** A project under way with no activity for {@link DashboardService#STALE_DAYS} days. */
    public record Stale(long id, String title, ProjectStage stage, long daysSinceActivity) {
    }
}
