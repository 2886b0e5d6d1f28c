package org.semillero.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.semillero.backlog.ProjectStage;
import org.semillero.dashboard.Portfolio.Change;
import org.semillero.dashboard.Portfolio.Count;
import org.semillero.dashboard.Portfolio.DepartmentShare;
import org.semillero.dashboard.Portfolio.LeadTime;
import org.semillero.dashboard.Portfolio.Quarter;
import org.semillero.dashboard.Portfolio.StageTime;
import org.semillero.dashboard.Portfolio.Stale;
import org.semillero.dashboard.Portfolio.Step;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;

/**
 * The innovation office's portfolio numbers, computed in the database from the pipeline's tables.
 * What each number means is in docs/portfolio.md.
 */
@ApplicationScoped
public class DashboardService {

    public static final int STALE_DAYS = 30;

    /** Quarters in the trends: the last two years, the current one included. */
    public static final int QUARTERS = 8;

    /** The funnel's steps per cohort, in order; the level each counts (see {@link PortfolioQueries#cohort}). */
    public static final Map<PortfolioFilter.Cohort, List<String>> STEPS = Map.of(
            PortfolioFilter.Cohort.CHALLENGES, List.of("challenges", "with-ideas", "with-entries", "with-projects",
                    "with-delivered"),
            PortfolioFilter.Cohort.IDEAS, List.of("ideas", "in-entries", "promoted", "delivered"));
    private static final Map<PortfolioFilter.Cohort, int[]> LEVELS = Map.of(
            PortfolioFilter.Cohort.CHALLENGES, new int[] {1, 2, 3, 4, 5},
            PortfolioFilter.Cohort.IDEAS, new int[] {1, 3, 4, 5});

    /** Stages where work has ended: their time would only count days since the end. */
    static final Set<ProjectStage> UNTIMED = EnumSet.of(ProjectStage.DELIVERED, ProjectStage.SCALED,
            ProjectStage.STOPPED);

    public static final List<String> ACTIVITY = List.of("challenges", "ideas", "submissions", "projects", "delivered");
    public static final List<String> LEAD_TIMES = List.of("challenge-to-idea", "idea-to-entry", "results-to-promotion",
            "promotion-to-delivered");

    /** How long the filter's events and departments are reused: a new one shows within a minute. */
    static final int OPTIONS_SECONDS = 60;

    private final PortfolioQueries queries;
    private final InstitutionClock clock;
    private final SharedRuns<PortfolioFilter, Portfolio> views = new SharedRuns<>();
    private final SharedRuns<TableView, List<?>> tables = new SharedRuns<>();
    private volatile Read<Options> options;

    DashboardService(PortfolioQueries queries, InstitutionClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public void requireOffice(Actor actor) {
        if (!actor.has(Roles.INNOVATION_OFFICE)) {
            throw DomainException.forbidden("dashboard-forbidden");
        }
    }

    /** Today in the institution's time zone, the default period's reference. */
    public LocalDate today() {
        return clock.local(clock.now()).toLocalDate();
    }

    /**
     * Every table for the filter, as of now. Office members asking for the same view while it is
     * being computed share that computation (see {@link SharedRuns}).
     */
    public Portfolio portfolio(Actor actor, PortfolioFilter filter) {
        requireOffice(actor);
        return views.get(filter, () -> compute(filter, clock.now()));
    }

    /** Every table for the filter, as of {@code now} (open stage visits and stale projects count to it). */
    public Portfolio portfolio(Actor actor, PortfolioFilter filter, Instant now) {
        requireOffice(actor);
        return compute(filter, now);
    }

    private Portfolio compute(PortfolioFilter filter, Instant now) {
        PortfolioQueries.Scope scope = scope(filter, now);
        List<DepartmentShare> participation = participation(scope);
        long notSet = participation.stream().filter(DepartmentShare::notSet).mapToLong(DepartmentShare::seen).sum();
        List<Quarter> trends = trends(filter, now);
        return new Portfolio(filter, now, funnel(filter.cohort(), queries.cohort(filter.cohort(), scope, false)),
                activity(scope), leadTimes(queries.leadTimes(scope, false)), stages(scope), trends, changes(trends),
                participation, notSet, stale(scope));
    }

    /** One table for the filters as they came in; the office is checked before they are read. */
    public List<?> table(Actor actor, PortfolioParams params, PortfolioExports.Table table) {
        requireOffice(actor);
        return table(actor, params.filter(today()), table);
    }

    /** One table for the filter, as of now: what an export or an API call for that table needs, and no more. */
    public List<?> table(Actor actor, PortfolioFilter filter, PortfolioExports.Table table) {
        requireOffice(actor);
        return tables.get(new TableView(filter, table), () -> compute(filter, table));
    }

    private record TableView(PortfolioFilter filter, PortfolioExports.Table table) {
    }

    private List<?> compute(PortfolioFilter filter, PortfolioExports.Table table) {
        Instant now = clock.now();
        PortfolioQueries.Scope scope = scope(filter, now);
        return switch (table) {
            case FUNNEL -> funnel(filter.cohort(), queries.cohort(filter.cohort(), scope, false));
            case ACTIVITY -> activity(scope);
            case LEAD_TIMES -> leadTimes(queries.leadTimes(scope, false));
            case STAGES -> stages(scope);
            case TRENDS -> trends(filter, now);
            case PARTICIPATION -> participation(scope);
            case STALE -> stale(scope);
        };
    }

    /** The events and departments the filter form offers. */
    public record Options(List<Map.Entry<String, String>> events, List<String> departments) {
    }

    /** The filter's options, read again once they are {@link #OPTIONS_SECONDS} old. */
    public Options options(Actor actor) {
        requireOffice(actor);
        long now = System.nanoTime();
        Read<Options> read = options;
        if (read == null || now - read.at() > TimeUnit.SECONDS.toNanos(OPTIONS_SECONDS)) {
            List<Map.Entry<String, String>> events = queries.events().stream()
                    .map(t -> Map.entry(t.get("slug", String.class), t.get("title", String.class))).toList();
            read = new Read<>(new Options(events, queries.departments()), now);
            options = read;
        }
        return read.value();
    }

    private record Read<T>(T value, long at) {
    }

    private PortfolioQueries.Scope scope(PortfolioFilter filter, Instant now) {
        ZoneId zone = clock.zone();
        return new PortfolioQueries.Scope(filter.start(zone), filter.end(zone), filter.event(), filter.department(), now,
                zone);
    }

    static List<Step> funnel(PortfolioFilter.Cohort kind, List<Tuple> rows) {
        return rows.isEmpty() ? steps(kind, null) : steps(kind, rows.get(0));
    }

    private static List<Step> steps(PortfolioFilter.Cohort kind, Tuple row) {
        List<String> keys = STEPS.get(kind);
        int[] levels = LEVELS.get(kind);
        List<Step> steps = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < keys.size(); i++) {
            long count = row == null ? 0 : number(row, "reached" + levels[i]);
            long items = row == null ? 0 : levels[i] == 1 ? count : number(row, "items" + levels[i]);
            Double conversion = i == 0 || previous == 0 ? null : Math.round(count * 1000.0 / previous) / 10.0;
            steps.add(new Step(keys.get(i), count, conversion, items));
            previous = count;
        }
        return steps;
    }

    private List<Count> activity(PortfolioQueries.Scope scope) {
        Tuple row = queries.activity(scope);
        return ACTIVITY.stream().map(key -> new Count(key, number(row, key))).toList();
    }

    static List<LeadTime> leadTimes(List<Tuple> rows) {
        Map<String, Tuple> byKind = new HashMap<>();
        rows.forEach(r -> byKind.put(r.get("kind", String.class), r));
        return LEAD_TIMES.stream().map(key -> leadTime(key, byKind.get(key))).toList();
    }

    private static LeadTime leadTime(String key, Tuple row) {
        return row == null ? new LeadTime(key, 0, null, null)
                : new LeadTime(key, number(row, "measured"), days(row, "median"), days(row, "p80"));
    }

    private List<StageTime> stages(PortfolioQueries.Scope scope) {
        Map<String, Tuple> byStage = new HashMap<>();
        queries.stages(scope).forEach(r -> byStage.put(r.get("stage", String.class), r));
        List<StageTime> stages = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            Tuple r = byStage.get(stage.name());
            boolean timed = !UNTIMED.contains(stage);
            stages.add(r == null ? new StageTime(stage, 0, 0, null, null)
                    : new StageTime(stage, number(r, "projects"), timed ? number(r, "visited") : 0,
                    timed ? days(r, "median") : null, timed ? days(r, "p80") : null));
        }
        return stages;
    }

    /** The last {@link #QUARTERS} quarters, the current one last; the period filter gives way to them. */
    private List<Quarter> trends(PortfolioFilter filter, Instant now) {
        ZoneId zone = clock.zone();
        LocalDate current = PortfolioQueries.quarterStart(now.atZone(zone).toLocalDate());
        LocalDate first = current.minusMonths(3L * (QUARTERS - 1));
        PortfolioQueries.Scope scope = new PortfolioQueries.Scope(first.atStartOfDay(zone).toInstant(), null,
                filter.event(), filter.department(), now, zone);
        Map<LocalDate, Tuple> cohorts = new HashMap<>();
        queries.cohort(filter.cohort(), scope, true).forEach(r -> cohorts.put(r.get("bucket", LocalDate.class), r));
        Map<LocalDate, List<Tuple>> leads = new HashMap<>();
        queries.leadTimes(scope, true).forEach(r -> leads.computeIfAbsent(r.get("bucket", LocalDate.class),
                b -> new ArrayList<>()).add(r));
        List<Quarter> quarters = new ArrayList<>();
        for (LocalDate q = first; !q.isAfter(current); q = q.plusMonths(3)) {
            quarters.add(new Quarter(Portfolio.QuarterName.of(q), q.equals(current), steps(filter.cohort(), cohorts.get(q)),
                    leadTimes(leads.getOrDefault(q, List.of()))));
        }
        return quarters;
    }

    static List<Change> changes(List<Quarter> trends) {
        if (trends.size() < 2) {
            return List.of();
        }
        Quarter last = trends.get(trends.size() - 1);
        Quarter before = trends.get(trends.size() - 2);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < last.funnel().size(); i++) {
            changes.add(new Change(last.funnel().get(i).key(), last.funnel().get(i).count() - before.funnel().get(i).count(),
                    last.quarter(), before.quarter()));
        }
        return changes;
    }

    private List<DepartmentShare> participation(PortfolioQueries.Scope scope) {
        return queries.participation(scope).stream().map(r -> {
            long took = number(r, "took");
            long seen = number(r, "seen");
            String department = r.get("department", String.class);
            return new DepartmentShare(department == null ? PortfolioFilter.NOT_SET : department, department == null, took,
                    seen, seen == 0 ? 0 : Math.round(took * 1000.0 / seen) / 10.0);
        }).toList();
    }

    private List<Stale> stale(PortfolioQueries.Scope scope) {
        return queries.stale(scope, STALE_DAYS).stream().map(r -> new Stale(number(r, "id"), r.get("title", String.class),
                ProjectStage.valueOf(r.get("stage", String.class)), number(r, "days"))).toList();
    }

    private static long number(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static Double days(Tuple row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : Math.round(value.doubleValue() * 10) / 10.0;
    }
}
