package org.semillero.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaService;
import org.semillero.judging.JuryInputs;
import org.semillero.judging.JuryService;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.team.SubmissionService;

/**
 * Key lists issue a bounded number of SQL statements however long they are, so an N+1 cannot come back
 * unnoticed: each path is measured, the list is made longer, and the count must not grow.
 */
@QuarkusTest
class QueryBudgetTest {

    /** The most statements any of these requests may issue (authentication, profile, page query, batch loads). */
    private static final long BUDGET = 12;

    @Inject
    org.semillero.team.TeamRequestService requests;

    @Inject
    Fixtures fixtures;

    @Inject
    IdeaService ideas;

    @Inject
    SubmissionService submissions;

    @Inject
    EventService events;

    @Inject
    JuryService jury;

    @Inject
    EntityManagerFactory factory;

    private long statements(String path) {
        Statistics stats = factory.unwrap(SessionFactory.class).getStatistics();
        assertThat(stats.isStatisticsEnabled()).as("hibernate statistics enabled in tests").isTrue();
        long before = stats.getPrepareStatementCount();
        given().when().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount() - before;
    }

    private void supportedIdeas(int count) {
        for (int i = 0; i < count; i++) {
            Idea idea = fixtures.boxIdea(Fixtures.unique("Budget idea"));
            ideas.support(fixtures.officer(Fixtures.unique("fan")), idea.id);
        }
    }

    @Test
    @TestSecurity(user = "budget-reader", roles = "officer")
    void idea_lists_do_not_grow_with_the_number_of_ideas() {
        supportedIdeas(2);
        statements("/api/v1/ideas?size=50");
        long apiShort = statements("/api/v1/ideas?size=50");
        long pageShort = statements("/ideas?size=50");
        supportedIdeas(8);
        long apiLong = statements("/api/v1/ideas?size=50");
        long pageLong = statements("/ideas?size=50");
        assertThat(apiLong).isEqualTo(apiShort).isLessThanOrEqualTo(BUDGET);
        assertThat(pageLong).isEqualTo(pageShort).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    @TestSecurity(user = "budget-organizer", roles = {"officer", "organizer"})
    void team_lists_do_not_grow_with_the_number_of_teams() {
        Event event = fixtures.event(EventPhase.HACKING);
        fixtures.team(event, 2);
        statements("/api/v1/events/" + event.slug + "/teams");
        long apiFew = statements("/api/v1/events/" + event.slug + "/teams");
        long pageFew = statements("/events/" + event.slug + "/teams");
        for (int i = 0; i < 4; i++) {
            fixtures.team(event, 3);
        }
        long apiMany = statements("/api/v1/events/" + event.slug + "/teams");
        long pageMany = statements("/events/" + event.slug + "/teams");
        assertThat(apiMany).isEqualTo(apiFew).isLessThanOrEqualTo(BUDGET);
        assertThat(pageMany).isEqualTo(pageFew).isLessThanOrEqualTo(BUDGET);
    }

    /** An event in VOTING with {@code count} accepted submissions. */
    private Event voting(int count) {
        return voting(count, false);
    }

    /** An event with {@code count} accepted entries; with {@code judged}, one judge scores all and results publish. */
    private Event voting(int count, boolean judged) {
        Fixtures.Entries made = fixtures.entries(count, null);
        Event event = made.event();
        Actor organizer = made.organizer();
        List<Long> entries = made.entries();
        String judge = Fixtures.unique("judge");
        long criterion = 0;
        if (judged) {
            jury.declareMethod(organizer, event.slug, new JuryInputs.MethodInput(60, 40, "RAW", null, 1, null));
            criterion = jury.addCriterion(organizer, event.slug, new JuryInputs.CriterionInput("Impact", "", 100)).id;
            jury.assignJudge(organizer, event.slug, fixtures.person(judge).id);
        }
        events.changePhase(organizer, event.slug, EventPhase.HACKING, EventPhase.VOTING, null);
        if (judged) {
            Actor judgeActor = new Actor(fixtures.person(judge).id, Set.of("officer"));
            for (long entry : entries) {
                jury.score(judgeActor, event.slug, entry, Map.of(criterion, 3), null);
            }
            events.changePhase(organizer, event.slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        }
        return event;
    }

    /** The event's page and its API twin issue as many statements for the large event as for the small one. */
    private void sameForBothEvents(Event small, Event large, String path) {
        for (String prefix : new String[] {"/api/v1/events/", "/events/"}) {
            // First views of each (caches that are filled on first use, e.g. results verification).
            statements(prefix + small.slug + "/" + path);
            statements(prefix + large.slug + "/" + path);
            long few = statements(prefix + small.slug + "/" + path);
            long many = statements(prefix + large.slug + "/" + path);
            assertThat(many).as(prefix + "{slug}/" + path).isEqualTo(few).isLessThanOrEqualTo(BUDGET);
        }
    }

    @Test
    @TestSecurity(user = "budget-results", roles = "officer")
    void published_results_do_not_grow_with_the_number_of_entries() {
        Event small = voting(1, true);
        Event large = voting(5, true);
        sameForBothEvents(small, large, "results");
    }

    @Test
    @TestSecurity(user = "budget-voter", roles = "officer")
    void the_ballot_does_not_grow_with_the_number_of_entries() {
        Event small = voting(1);
        Event large = voting(5);
        sameForBothEvents(small, large, "ballot");
    }

    @Test
    @TestSecurity(user = "budget-office", roles = {"officer", "innovation-office"})
    void project_list_and_dashboard_stay_within_the_budget() {
        supportedIdeas(3);
        for (String path : new String[] {"/api/v1/projects", "/projects", "/dashboard",
                "/api/v1/dashboard/funnel", "/api/v1/dashboard/stages", "/api/v1/dashboard/participation",
                "/api/v1/dashboard/activity", "/api/v1/dashboard/lead-times", "/api/v1/dashboard/trends",
                "/api/v1/dashboard/stale", "/api/v1/dashboard/trends.csv", "/dashboard/export/participation.json"}) {
            statements(path);
            assertThat(statements(path)).as(path).isLessThanOrEqualTo(BUDGET);
        }
    }

    @Test
    @TestSecurity(user = "budget-certifier", roles = {"officer", "organizer"})
    void the_certificates_list_does_not_grow_with_the_number_of_participants() {
        Event small = fixtures.entries(1, null).event();
        Event large = fixtures.entries(6, null).event();
        statements("/events/" + small.slug + "/certificates");
        long few = statements("/events/" + small.slug + "/certificates");
        long many = statements("/events/" + large.slug + "/certificates");
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    @TestSecurity(user = "budget-invited", roles = "officer")
    void the_home_page_does_not_grow_with_the_number_of_invitations() {
        Actor me = fixtures.officer("budget-invited");
        Event first = fixtures.event(EventPhase.IDEATION);
        org.semillero.team.Team inviting = fixtures.team(first, 1);
        requests.invite(fixtures.leadOf(inviting), inviting.id, me.personId(), "join");
        statements("/");
        long few = statements("/");
        for (int i = 0; i < 4; i++) {
            Event event = fixtures.event(EventPhase.IDEATION);
            org.semillero.team.Team team = fixtures.team(event, 1);
            requests.invite(fixtures.leadOf(team), team.id, me.personId(), "join");
        }
        long many = statements("/");
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    @TestSecurity(user = "budget-seeker", roles = "officer")
    void suggested_teams_do_not_grow_with_the_number_of_teams() {
        Event event = fixtures.event(EventPhase.IDEATION);
        fixtures.team(event, 1, "data");
        String path = "/api/v1/events/" + event.slug + "/board";
        statements(path);
        long few = statements(path);
        for (int i = 0; i < 5; i++) {
            fixtures.team(event, 2, "data");
        }
        assertThat(statements(path)).isEqualTo(few).isLessThanOrEqualTo(BUDGET);
    }
}
