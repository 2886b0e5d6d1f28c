package org.semillero.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.semillero.dashboard.Portfolio.LeadTime;
import org.semillero.dashboard.Portfolio.Quarter;
import org.semillero.dashboard.Portfolio.Step;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;

/** Every table of the dashboard as CSV and as JSON, with the filters of the view it comes from. */
public final class PortfolioExports {

    /** The tables, by the name exports use. */
    public enum Table {
        FUNNEL("funnel"), ACTIVITY("activity"), LEAD_TIMES("lead-times"), STAGES("stages"), TRENDS("trends"),
        PARTICIPATION("participation"), STALE("stale");

        public final String slug;

        Table(String slug) {
            this.slug = slug;
        }

        public static Table of(String slug) {
            for (Table table : values()) {
                if (table.slug.equals(slug)) {
                    return table;
                }
            }
            throw DomainException.notFound("dashboard-table-not-found");
        }
    }

    private PortfolioExports() {
    }

    /** The table as CSV: a header row of stable column names, then one row per line of the table. */
    @SuppressWarnings("unchecked")
    public static String csv(Table table, List<?> lines) {
        List<List<String>> rows = new ArrayList<>();
        switch (table) {
            case FUNNEL -> {
                rows.add(List.of("step", "count", "conversion_percent", "records"));
                ((List<Step>) lines).forEach(s -> rows.add(List.of(s.key(), str(s.count()), str(s.conversion()),
                        str(s.items()))));
            }
            case ACTIVITY -> {
                rows.add(List.of("kind", "count"));
                ((List<Portfolio.Count>) lines).forEach(c -> rows.add(List.of(c.key(), str(c.count()))));
            }
            case LEAD_TIMES -> {
                rows.add(List.of("lead_time", "measured", "median_days", "p80_days"));
                ((List<LeadTime>) lines).forEach(l -> rows.add(List.of(l.key(), str(l.measured()), str(l.medianDays()),
                        str(l.p80Days()))));
            }
            case STAGES -> {
                rows.add(List.of("stage", "projects_now", "projects_timed", "median_days", "p80_days"));
                ((List<Portfolio.StageTime>) lines).forEach(s -> rows.add(List.of(s.stage().name(), str(s.now()), str(s.visited()),
                        str(s.medianDays()), str(s.p80Days()))));
            }
            case TRENDS -> trends((List<Quarter>) lines, rows);
            case PARTICIPATION -> {
                rows.add(List.of("department", "department_not_set", "took_part", "people", "percent"));
                ((List<Portfolio.DepartmentShare>) lines).forEach(d -> rows.add(List.of(d.notSet() ? "" : d.department(),
                        String.valueOf(d.notSet()), str(d.tookPart()), str(d.seen()), str(d.percent()))));
            }
            case STALE -> {
                rows.add(List.of("project_id", "title", "stage", "days_since_activity"));
                ((List<Portfolio.Stale>) lines).forEach(s -> rows.add(List.of(str(s.id()), s.title(), s.stage().name(),
                        str(s.daysSinceActivity()))));
            }
        }
        StringBuilder csv = new StringBuilder();
        rows.forEach(row -> csv.append(Csv.line(row)));
        return csv.toString();
    }

    private static void trends(List<Quarter> trends, List<List<String>> rows) {
        List<String> header = new ArrayList<>(List.of("quarter", "so_far"));
        if (!trends.isEmpty()) {
            trends.get(0).funnel().forEach(s -> header.add(s.key().replace('-', '_')));
            trends.get(0).leadTimes().forEach(l -> header.add(l.key().replace('-', '_') + "_median_days"));
        }
        rows.add(header);
        for (Quarter q : trends) {
            List<String> row = new ArrayList<>(List.of(q.quarter().toString(), String.valueOf(q.soFar())));
            row.addAll(column(q.funnel(), Step::count));
            row.addAll(column(q.leadTimes(), LeadTime::medianDays));
            rows.add(row);
        }
    }

    private static <T> List<String> column(List<T> values, Function<T, Object> value) {
        return values.stream().map(v -> str(value.apply(v))).toList();
    }

    private static String str(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
