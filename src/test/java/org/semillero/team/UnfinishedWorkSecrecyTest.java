package org.semillero.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaCriteria;
import org.semillero.idea.IdeaService;
import org.semillero.judging.JuryInputs;
import org.semillero.judging.JuryService;
import org.semillero.judging.ResultsService;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;

/** Unfinished work stays with its authors: rivals, declined co-authors and hidden events see nothing. */
@QuarkusTest
class UnfinishedWorkSecrecyTest {

    @Inject
    org.semillero.idea.IdeaCoauthorService coauthorship;

    @Inject
    org.semillero.idea.IdeaSearchService finder;

    @Inject
    org.semillero.team.TeamRequestService requests;

    @Inject
    Fixtures fixtures;

    @Inject
    SubmissionService submissions;

    @Inject
    EventService events;

    @Inject
    IdeaService ideas;

    @Inject
    JuryService jury;

    @Inject
    ResultsService results;

    @Inject
    TeamService teams;

    private record Drafted(Event event, Team team, Submission submission) {
    }

    private Drafted drafted(String member) {
        Event event = fixtures.event(EventPhase.HACKING);
        Team team = fixtures.team(event, 2);
        Actor lead = fixtures.leadOf(team);
        if (member != null) {
            TeamRequest request = requests.apply(fixtures.officer(member), team.id, "in");
            requests.accept(fixtures.leadOf(team), request.id);
        }
        Submission s = submissions.save(lead, team.id, new TeamInputs.SubmissionInput("Secret plan", "Our unfinished idea",
                "Built half of it", null, null, List.of(), null, null));
        return new Drafted(event, team, s);
    }


    @Test
    @TestSecurity(user = "rival-officer", roles = "officer")
    void a_rival_officer_cannot_read_a_draft_submission_anywhere() {
        Drafted d = drafted(null);
        given().when().get("/api/v1/teams/" + d.team().id + "/submission").then().statusCode(404);
        given().when().get("/teams/" + d.team().id + "/submission").then().statusCode(404);
        given().when().get("/teams/" + d.team().id).then().statusCode(200)
                .body(not(containsString("Our unfinished idea"))).body(not(containsString("Built half of it")));
        given().when().get("/api/v1/events/" + d.event().slug + "/submissions").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "team-insider", roles = "officer")
    void members_read_their_draft_and_its_review() {
        Drafted d = drafted("team-insider");
        given().when().get("/api/v1/teams/" + d.team().id + "/submission").then().statusCode(200)
                .body("summary", equalTo("Our unfinished idea"));
        given().when().get("/teams/" + d.team().id + "/submission").then().statusCode(200)
                .body(containsString("Built half of it"));
    }

    @Test
    @TestSecurity(user = "event-organizer", roles = {"officer", "organizer"})
    void organizers_read_drafts_to_review_them() {
        Drafted d = drafted(null);
        given().when().get("/api/v1/teams/" + d.team().id + "/submission").then().statusCode(200)
                .body("title", equalTo("Secret plan"));
    }

    @Test
    @TestSecurity(user = "rival-voter", roles = "officer")
    void accepted_entries_are_public_once_voting_starts_but_the_review_comment_is_not() {
        Drafted d = drafted(null);
        Actor organizer = fixtures.organizer();
        submissions.finalise(fixtures.leadOf(d.team()), d.team().id);
        submissions.review(organizer, d.submission().id, true, "Accepted, but fix the privacy notice");
        given().when().get("/api/v1/teams/" + d.team().id + "/submission").then().statusCode(404);
        events.changePhase(organizer, d.event().slug, EventPhase.HACKING, EventPhase.VOTING, null);
        given().when().get("/api/v1/teams/" + d.team().id + "/submission").then().statusCode(200)
                .body("title", equalTo("Secret plan")).body("reviewComment", nullValue());
        given().when().get("/teams/" + d.team().id).then().statusCode(200)
                .body(containsString("Our unfinished idea")).body(not(containsString("privacy notice")));
    }

    @Test
    @TestSecurity(user = "assigned-judge", roles = "officer")
    void judges_read_accepted_entries_before_voting_but_not_drafts() {
        Drafted d = drafted(null);
        Drafted accepted = drafted(null);
        Actor organizer = fixtures.organizer();
        long judgeId = fixtures.person("assigned-judge").id;
        Fixtures.execute("insert into judge (event_id, person_id, assigned_by) values (" + d.event().id + ", "
                + judgeId + ", " + organizer.personId() + "), (" + accepted.event().id + ", " + judgeId + ", "
                + organizer.personId() + ")");
        submissions.finalise(fixtures.leadOf(accepted.team()), accepted.team().id);
        submissions.review(organizer, accepted.submission().id, true, null);
        given().when().get("/api/v1/teams/" + d.team().id + "/submission").then().statusCode(404);
        given().when().get("/api/v1/teams/" + accepted.team().id + "/submission").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "declining-coauthor", roles = "officer")
    void a_coauthor_who_declined_no_longer_reads_the_draft() {
        long decliner = fixtures.person("declining-coauthor").id;
        Actor author = fixtures.officer(Fixtures.unique("author"));
        Idea draft = ideas.propose(author, new org.semillero.idea.IdeaInputs.IdeaInput("Shared draft", "Problem text here",
                "Proposal text", "Benefit", "Measure", "Civil registry", null, List.of(), List.of(decliner),
                null, null, null), false);
        given().when().get("/api/v1/ideas/" + draft.id).then().statusCode(200);
        coauthorship.answerInvitation(fixtures.officer("declining-coauthor"), draft.id, false);
        given().when().get("/api/v1/ideas/" + draft.id).then().statusCode(404);
        given().when().get("/ideas/" + draft.id).then().statusCode(404);
    }

    @Test
    void ideas_of_an_event_stepped_back_to_draft_disappear_from_search_and_similar_ideas() {
        Fixtures.Theme theme = fixtures.theme();
        Actor author = fixtures.officer(Fixtures.unique("author"));
        String title = Fixtures.unique("Appointment reminders zanahoria");
        Idea idea = ideas.propose(author, Fixtures.ideaInput(title, theme.event().slug, theme.challenge().id), true);
        Actor officer = fixtures.officer(Fixtures.unique("reader"));
        IdeaCriteria byTitle = new IdeaCriteria(title, null, null, null, null, null, null, null, 20);
        assertThat(Fixtures.fresh(() -> finder.search(officer, byTitle).items())).extracting(i -> i.id).contains(idea.id);
        assertThat(Fixtures.fresh(() -> finder.similar(officer, title, "Queues at the counter", null, 50)))
                .extracting(i -> i.id).contains(idea.id);
        Actor admin = new Actor(theme.organizer().personId(), Set.of("officer", "organizer", "admin"));
        events.changePhase(admin, theme.event().slug, EventPhase.IDEATION, EventPhase.DRAFT, "Not ready yet");
        assertThat(Fixtures.fresh(() -> finder.search(officer, byTitle).items())).extracting(i -> i.id).doesNotContain(idea.id);
        assertThat(Fixtures.fresh(() -> finder.similar(officer, title, "Queues at the counter", null, 50)))
                .extracting(i -> i.id).doesNotContain(idea.id);
        assertThat(Fixtures.fresh(() -> finder.search(theme.organizer(), byTitle).items())).extracting(i -> i.id)
                .contains(idea.id);
    }

    @Test
    void a_recused_judges_comment_reaches_neither_the_team_nor_the_export() {
        Event event = fixtures.event(EventPhase.HACKING);
        Actor organizer = new Actor(fixtures.organizer().personId(), Set.of("officer", "organizer", "admin"));
        Team team = fixtures.team(event, 2);
        Actor lead = fixtures.leadOf(team);
        long entry = fixtures.acceptedEntry(team, "Commented", organizer);
        jury.declareMethod(organizer, event.slug, new JuryInputs.MethodInput(50, 50, "RAW", null, 1, "TEAM"));
        long c = jury.addCriterion(organizer, event.slug, new JuryInputs.CriterionInput("Impact", "", 100)).id;
        String first = Fixtures.unique("judge");
        String second = Fixtures.unique("judge");
        jury.assignJudge(organizer, event.slug, fixtures.person(first).id);
        jury.assignJudge(organizer, event.slug, fixtures.person(second).id);
        events.changePhase(organizer, event.slug, EventPhase.HACKING, EventPhase.VOTING, null);
        Actor recusing = new Actor(fixtures.person(first).id, Set.of("officer"));
        jury.score(recusing, event.slug, entry, Map.of(c, 2), "Written before I noticed my conflict");
        jury.recuse(recusing, event.slug, entry, "My sister is in the team");
        jury.score(new Actor(fixtures.person(second).id, Set.of("officer")), event.slug, entry, Map.of(c, 4), "Good");
        events.changePhase(organizer, event.slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        assertThat(Fixtures.fresh(() -> jury.commentsForTeam(lead, entry))).containsExactly("Good");
        assertThat(Fixtures.fresh(() -> results.judgeScores(organizer, event.slug))).extracting(r -> r[4])
                .containsExactly("Good");
    }
}
