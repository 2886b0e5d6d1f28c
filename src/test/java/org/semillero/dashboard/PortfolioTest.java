package org.semillero.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.semillero.support.Fixtures.count;
import static org.semillero.support.Fixtures.execute;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semillero.backlog.ProjectStage;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.web.DomainException;
import org.semillero.support.Fixtures;

/**
 * The dashboard's numbers against a scenario whose counts, lead times and stage durations are
 * known by construction. Everything is seeded with fixed times in a department of its own, so the
 * rest of the suite's data does not touch the figures.
 *
 * <pre>
 * C0 2024-12-15 (before the period) ── idea
 * C1 2025-02-01 ── I1 (+10 d), I2 (+20 d) ── entry S1 with I1 (I1 +30 d) ── results 03-20 withdrawn, again 03-25
 *                  └ P1 promoted 04-04: PROPOSED 10 d, APPROVED 10, IN_PROGRESS 10, PILOT 10, IN_PROGRESS 10 (a revisit),
 *                    PILOT 10, DELIVERED 06-03 (60 d after promotion)
 * C2 2025-03-01 ── I3 (+20 d)
 * C3 2025-04-01 ── only a draft idea
 * C4 2025-05-01 (second event) ── I4 (+30 d) ── team with I4, entry S2 (I4 +20 d) ── results 07-05
 *                  └ P2 promoted 07-10: PROPOSED 20 d, then straight to IN_PROGRESS (skips APPROVED), still there
 * a merged challenge in 2025; "now" is 2025-10-08 12:00 UTC
 * </pre>
 */
@QuarkusTest
class PortfolioTest {

    private static final Instant NOW = Instant.parse("2025-10-08T12:00:00Z");

    @Inject
    Fixtures fixtures;

    @Inject
    DashboardService dashboard;

    private String department;
    private Event first;
    private Event second;
    private Actor office;

    @BeforeEach
    void seed() {
        department = Fixtures.unique("Dept");
        office = new Actor(fixtures.person(Fixtures.unique("office")).id, Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        long author = fixtures.person(Fixtures.unique("author")).id;
        long idle = fixtures.person(Fixtures.unique("idle")).id;
        execute("update person set department = '" + department + "' where id in (" + author + ", " + idle + ")");
        first = fixtures.event(EventPhase.HACKING);
        second = fixtures.event(EventPhase.HACKING);

        long c0 = challenge(author, "2024-12-15", "ACCEPTED");
        long c1 = challenge(author, "2025-02-01", "ACCEPTED");
        long c2 = challenge(author, "2025-03-01", "ACCEPTED");
        long c3 = challenge(author, "2025-04-01", "ACCEPTED");
        long c4 = challenge(author, "2025-05-01", "ACCEPTED");
        long merged = challenge(author, "2025-06-01", "MERGED");
        for (long c : new long[] {c0, c1, c2, c3}) {
            attach(first, c, author);
        }
        attach(second, c4, author);
        attach(first, merged, author);

        idea(author, first, c0, "2024-12-20", "SUBMITTED");
        long i1 = idea(author, first, c1, "2025-02-11", "SUBMITTED");
        idea(author, first, c1, "2025-02-21", "SUBMITTED");
        idea(author, first, c2, "2025-03-21", "SUBMITTED");
        idea(author, first, c3, "2025-04-05", "DRAFT");
        long i4 = idea(author, second, c4, "2025-05-31", "SUBMITTED");
        idea(author, first, merged, "2025-06-05", "SUBMITTED");

        long t1 = team(first, null, author);
        long s1 = submission(t1, first, "2025-03-13");
        execute("insert into submission_idea (submission_id, idea_id) values (" + s1 + ", " + i1 + ")");
        long t2 = team(second, i4, author);
        long s2 = submission(t2, second, "2025-06-20");

        results(first, "2025-03-20T12:00:00Z", "2025-03-22T12:00:00Z", author);
        results(first, "2025-03-25T12:00:00Z", null, author);
        results(second, "2025-07-05T12:00:00Z", null, author);

        long p1 = project(first, s1, t1, c1, author, "2025-04-04", "DELIVERED");
        moves(p1, author, "2025-04-14 PROPOSED APPROVED", "2025-04-24 APPROVED IN_PROGRESS", "2025-05-04 IN_PROGRESS PILOT",
                "2025-05-14 PILOT IN_PROGRESS", "2025-05-24 IN_PROGRESS PILOT", "2025-06-03 PILOT DELIVERED");
        long p2 = project(second, s2, t2, c4, author, "2025-07-10", "IN_PROGRESS");
        moves(p2, author, "2025-07-30 PROPOSED IN_PROGRESS");
    }

    @Test
    void the_challenge_cohort_counts_descendants_and_never_converts_above_100_percent() {
        Portfolio p = of("challenges", "2025-01-01", "2025-12-31", null);
        assertThat(p.funnel()).extracting(Portfolio.Step::key)
                .containsExactly("challenges", "with-ideas", "with-entries", "with-projects", "with-delivered");
        assertThat(p.funnel()).extracting(Portfolio.Step::count).containsExactly(4L, 3L, 2L, 2L, 1L);
        assertThat(p.funnel()).extracting(Portfolio.Step::conversion).containsExactly(null, 75.0, 66.7, 100.0, 50.0);
        assertThat(p.funnel()).extracting(Portfolio.Step::items).containsExactly(4L, 4L, 2L, 2L, 1L);
    }

    @Test
    void the_idea_cohort_follows_each_idea() {
        Portfolio p = of("ideas", "2025-01-01", "2025-12-31", null);
        assertThat(p.funnel()).extracting(Portfolio.Step::key).containsExactly("ideas", "in-entries", "promoted", "delivered");
        // I1..I4 and the merged challenge's idea (ideas are counted whatever their challenge became); not the draft.
        assertThat(p.funnel()).extracting(Portfolio.Step::count).containsExactly(5L, 2L, 2L, 1L);
        assertThat(p.funnel()).extracting(Portfolio.Step::conversion).containsExactly(null, 40.0, 100.0, 50.0);
    }

    @Test
    void an_event_narrows_the_cohort_to_its_themes_and_their_descendants() {
        Portfolio p = dashboard.portfolio(office, new PortfolioFilter(PortfolioFilter.Cohort.CHALLENGES,
                LocalDate.of(2025, 1, 1), null, second.slug, department), NOW);
        assertThat(p.funnel()).extracting(Portfolio.Step::count).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(p.activity()).extracting(Portfolio.Count::count).containsExactly(1L, 1L, 1L, 1L, 0L);
    }

    @Test
    void lead_times_are_medians_and_80th_percentiles_of_known_pairs() {
        Portfolio p = of("challenges", "2025-01-01", "2025-12-31", null);
        assertThat(p.leadTimes()).containsExactly(
                new Portfolio.LeadTime("challenge-to-idea", 3, 20.0, 26.0),
                new Portfolio.LeadTime("idea-to-entry", 2, 25.0, 28.0),
                // from the publication current at promotion (03-25), not the withdrawn one (03-20)
                new Portfolio.LeadTime("results-to-promotion", 2, 7.5, 9.0),
                new Portfolio.LeadTime("promotion-to-delivered", 1, 60.0, 60.0));
    }

    @Test
    void stage_times_add_revisits_count_open_stays_to_now_and_skip_skipped_stages() {
        Portfolio p = of("challenges", "2025-01-01", "2025-12-31", null);
        assertThat(p.stages()).containsExactly(
                new Portfolio.StageTime(ProjectStage.PROPOSED, 0, 2, 15.0, 18.0),
                new Portfolio.StageTime(ProjectStage.APPROVED, 0, 1, 10.0, 10.0),
                new Portfolio.StageTime(ProjectStage.IN_PROGRESS, 1, 2, 45.0, 60.0),
                new Portfolio.StageTime(ProjectStage.PILOT, 0, 1, 20.0, 20.0),
                new Portfolio.StageTime(ProjectStage.DELIVERED, 1, 0, null, null),
                new Portfolio.StageTime(ProjectStage.SCALED, 0, 0, null, null),
                new Portfolio.StageTime(ProjectStage.STOPPED, 0, 0, null, null));
    }

    @Test
    void trends_give_eight_quarters_with_the_cohort_of_each() {
        Portfolio p = of("challenges", "2025-01-01", "2025-12-31", null);
        assertThat(p.trends()).extracting(q -> q.quarter().toString()).containsExactly("2024-Q1", "2024-Q2", "2024-Q3",
                "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(p.trends().get(7).soFar()).isTrue();
        assertThat(counts(p.trends().get(3))).containsExactly(1L, 1L, 0L, 0L, 0L);
        assertThat(counts(p.trends().get(4))).containsExactly(2L, 2L, 1L, 1L, 1L);
        assertThat(counts(p.trends().get(5))).containsExactly(2L, 1L, 1L, 1L, 0L);
        assertThat(p.trends().get(4).leadTimes().get(0)).isEqualTo(new Portfolio.LeadTime("challenge-to-idea", 2, 15.0, 18.0));
        assertThat(p.changes()).allSatisfy(c -> assertThat(c.difference()).isZero());
        assertThat(DashboardService.changes(p.trends().subList(0, 6))).extracting(Portfolio.Change::difference)
                .containsExactly(0L, -1L, 0L, 0L, -1L);
    }

    @Test
    void participation_follows_the_filters_and_names_people_without_a_department() {
        Portfolio p = of("challenges", "2025-01-01", "2025-12-31", null);
        assertThat(p.participation()).containsExactly(new Portfolio.DepartmentShare(department, false, 1, 2, 50.0));
        Portfolio later = of("challenges", "2025-11-01", "2025-12-31", null);
        assertThat(later.participation()).containsExactly(new Portfolio.DepartmentShare(department, false, 0, 2, 0.0));
        Portfolio unset = of("challenges", "2025-01-01", "2025-12-31", PortfolioFilter.NOT_SET);
        long people = count("select count(*) from person where coalesce(btrim(department), '') = ''");
        assertThat(unset.participation()).singleElement().satisfies(d -> {
            assertThat(d.notSet()).isTrue();
            assertThat(d.seen()).isEqualTo(people);
        });
        assertThat(unset.notSet()).isEqualTo(people).isPositive();
    }

    @Test
    void every_export_has_a_header_and_one_line_per_row() {
        for (PortfolioExports.Table table : PortfolioExports.Table.values()) {
            List<?> rows = dashboard.table(office, PortfolioFilter.parse("challenges", "2025-01-01", "2025-12-31", null,
                    department, LocalDate.of(2025, 10, 8)), table);
            String csv = PortfolioExports.csv(table, rows);
            assertThat(csv.lines().count()).as(table.slug).isEqualTo(rows.size() + 1L);
        }
        String funnel = PortfolioExports.csv(PortfolioExports.Table.FUNNEL, of("challenges", "2025-01-01", "2025-12-31",
                null).funnel());
        assertThat(funnel).contains("\"with-entries\",\"2\",\"66.7\",\"2\"");
    }

    @Test
    void filters_are_checked_and_a_first_visit_shows_this_year() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        PortfolioFilter first = PortfolioFilter.parse(null, null, null, null, null, today);
        assertThat(first.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.to()).isNull();
        assertThat(PortfolioFilter.parse("ideas", "", "", "", "", today).from()).isNull();
        for (String[] bad : new String[][] {{"teams", null, null, null}, {null, "2026-13-01", null, null},
                {null, "2026-05-01", "2026-04-30", null}, {null, null, null, "Not a slug"}, {null, "1999-12-31", null, null}}) {
            assertThatThrownBy(() -> PortfolioFilter.parse(bad[0], bad[1], bad[2], bad[3], null, today))
                    .isInstanceOf(DomainException.class);
        }
        PortfolioFilter shared = PortfolioFilter.parse("ideas", "2026-01-01", "2026-03-31", "ev-1", "Salud y Bienestar", today);
        assertThat(shared.toQueryString()).isEqualTo(
                "cohort=ideas&from=2026-01-01&to=2026-03-31&event=ev-1&department=Salud+y+Bienestar");
    }

    private Portfolio of(String cohort, String from, String to, String dept) {
        return dashboard.portfolio(office, PortfolioFilter.parse(cohort, from, to, null, dept == null ? department : dept,
                LocalDate.of(2025, 10, 8)), NOW);
    }

    private static List<Long> counts(Portfolio.Quarter quarter) {
        return quarter.funnel().stream().map(Portfolio.Step::count).toList();
    }

    private long challenge(long author, String day, String status) {
        return count("with x as (insert into challenge (title, service, problem, affected, department, status, "
                + "merged_into, author_id, created_at) values ('Seeded', 'Registry', 'Slow', 'CITIZENS', '" + department
                + "', '" + status + "', " + ("MERGED".equals(status) ? "(select min(id) from challenge)" : "null") + ", "
                + author + ", '" + day + "T12:00:00Z') returning id) select id from x");
    }

    private static void attach(Event event, long challenge, long by) {
        execute("insert into event_challenge (event_id, challenge_id, attached_by) values (" + event.id + ", " + challenge
                + ", " + by + ")");
    }

    private long idea(long author, Event event, long challenge, String day, String state) {
        return count("with x as (insert into idea (title, problem, solution, department, event_id, challenge_id, state, "
                + "author_id, submitted_at, created_at) values ('Seeded idea', 'Slow', 'Faster', '" + department + "', "
                + event.id + ", " + challenge + ", '" + state + "', " + author + ", "
                + ("DRAFT".equals(state) ? "null" : "'" + day + "T12:00:00Z'") + ", '" + day
                + "T12:00:00Z') returning id) select id from x");
    }

    private static long team(Event event, Long idea, long lead) {
        long team = count("with x as (insert into team (event_id, name, idea_id, lead_id) values (" + event.id + ", '"
                + Fixtures.unique("Seeded") + "', " + idea + ", " + lead + ") returning id) select id from x");
        execute("insert into team_member (team_id, event_id, person_id) values (" + team + ", " + event.id + ", " + lead
                + ")");
        return team;
    }

    private static long submission(long team, Event event, String day) {
        return count("with x as (insert into submission (team_id, event_id, title, summary, status, finalized_at, "
                + "created_at) values (" + team + ", " + event.id + ", 'Seeded entry', 'Summary', 'ACCEPTED', '" + day
                + "T12:00:00Z', '" + day + "T10:00:00Z') returning id) select id from x");
    }

    private static void results(Event event, String at, String withdrawnAt, long by) {
        execute("insert into result_snapshot (event_id, computed_at, inputs_digest, inputs, ranking, published_by, "
                + "withdrawn_at, withdrawn_by, withdrawn_reason) values (" + event.id + ", '" + at + "', 'seeded', '{}', "
                + "'[]', " + by + ", " + (withdrawnAt == null ? "null, null, null" : "'" + withdrawnAt + "', " + by
                + ", 'Stepped back'") + ")");
    }

    private long project(Event event, long submission, long team, long challenge, long by, String day, String stage) {
        return count("with x as (insert into project (title, departments, stage, event_id, submission_id, team_id, "
                + "challenge_id, created_by, created_at, stage_since, last_activity_at) values ('Seeded project', '"
                + department + "', '" + stage + "', " + event.id + ", " + submission + ", " + team + ", " + challenge
                + ", " + by + ", '" + day + "T12:00:00Z', '" + day + "T12:00:00Z', '2025-10-01T12:00:00Z') "
                + "returning id) select id from x");
    }

    private static void moves(long project, long by, String... moves) {
        for (String move : moves) {
            String[] parts = move.split(" ");
            execute("insert into project_history (project_id, kind, actor_id, detail, at) values (" + project
                    + ", 'STAGE', " + by + ", '" + parts[1] + " → " + parts[2] + "', '" + parts[0] + "T12:00:00Z')");
        }
    }
}
