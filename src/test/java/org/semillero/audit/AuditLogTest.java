package org.semillero.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.semillero.backlog.ProjectInputs;
import org.semillero.backlog.ProjectService;
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeService;
import org.semillero.comment.Comment;
import org.semillero.comment.CommentService;
import org.semillero.comment.CommentTarget;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaAction;
import org.semillero.idea.IdeaService;
import org.semillero.judging.JuryInputs;
import org.semillero.judging.JuryService;
import org.semillero.judging.ResultsService;
import org.semillero.people.PersonInputs;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.team.Submission;
import org.semillero.team.SubmissionService;
import org.semillero.team.Team;
import org.semillero.team.TeamInputs;
import org.semillero.team.TeamService;
import org.semillero.vote.VoteService;

/** Every governance action leaves one entry, in the same transaction, that nobody can change. */
@QuarkusTest
class AuditLogTest {

    @Inject
    org.semillero.backlog.PromotionService promotions;

    @Inject
    org.semillero.idea.IdeaLifecycleService lifecycle;

    @Inject
    org.semillero.team.TeamModerationService moderation;

    @Inject
    Fixtures fixtures;

    @Inject
    EventService events;

    @Inject
    ChallengeService challenges;

    @Inject
    IdeaService ideas;

    @Inject
    CommentService comments;

    @Inject
    TeamService teams;

    @Inject
    SubmissionService submissions;

    @Inject
    JuryService jury;

    @Inject
    VoteService votes;

    @Inject
    ResultsService results;

    @Inject
    ProjectService projects;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    private static Set<String> actionsOn(String objectType, String objectId) {
        @SuppressWarnings("unchecked")
        List<String> rows = Fixtures.fresh(() -> Event.getEntityManager().createNativeQuery(
                        "select action from audit_event where object_type = :t and object_id = :i")
                .setParameter("t", objectType).setParameter("i", objectId).getResultList());
        return new HashSet<>(rows);
    }

    @Inject
    org.semillero.learning.WorkshopService workshops;

    @Inject
    org.semillero.learning.AttendanceService attendance;

    @Inject
    org.semillero.catalogue.CatalogueService catalogue;

    /** A whole pipeline as organizers, judges, the office and an admin would walk it. */
    @Test
    void every_governance_action_of_a_full_walk_is_recorded() {
        long before = Fixtures.count("select coalesce(max(id), 0) from audit_event");
        Actor organizer = new Actor(fixtures.organizer().personId(), Set.of("officer", "organizer"));
        Actor admin = new Actor(fixtures.person(Fixtures.unique("admin")).id, Set.of("officer", "organizer", "admin"));
        Actor office = new Actor(fixtures.person(Fixtures.unique("office")).id, Set.of("officer", "innovation-office"));
        org.semillero.event.EventInputs.EventInput plan = Fixtures.input(Fixtures.unique("walk"),
                java.time.OffsetDateTime.now().plusDays(10));
        Event event = events.create(organizer, plan);
        events.update(organizer, event.slug, new org.semillero.event.EventInputs.EventInput(event.slug, "Renamed walk", "",
                plan.ideationStartsAt(), plan.hackingStartsAt(), plan.votingStartsAt(), plan.resultsAt(),
                plan.closesAt(), 1, 5, 5, 2, 0));
        Challenge theme = challenges.record(fixtures.officer(Fixtures.unique("reporter")),
                Fixtures.challengeInput(Fixtures.unique("Queues")));
        challenges.accept(organizer, theme.id);
        Challenge declined = challenges.record(fixtures.officer(Fixtures.unique("reporter")),
                Fixtures.challengeInput(Fixtures.unique("Out of scope")));
        challenges.decline(organizer, declined.id, "Not a public service");
        challenges.attach(organizer, event.slug, theme.id);
        challenges.detach(organizer, event.slug, theme.id);
        challenges.attach(organizer, event.slug, theme.id);
        events.changePhase(organizer, event.slug, EventPhase.DRAFT, EventPhase.IDEATION, null);

        Actor author = fixtures.officer(Fixtures.unique("author"));
        Idea idea = ideas.propose(author, Fixtures.ideaInput(Fixtures.unique("Reminders"), event.slug, theme.id), true);
        lifecycle.transition(organizer, idea.id, IdeaAction.SHORTLIST, null, null);
        Idea weak = ideas.propose(author, Fixtures.ideaInput(Fixtures.unique("Weak"), event.slug, theme.id), true);
        lifecycle.transition(organizer, weak.id, IdeaAction.DECLINE, "Duplicate of an existing service", null);
        Comment comment = comments.add(author, CommentTarget.idea(idea.id), null, "First words");
        comments.edit(author, comment.id, "Second words");
        comments.hide(organizer, comment.id);

        events.changePhase(organizer, event.slug, EventPhase.IDEATION, EventPhase.HACKING, null);
        Team first = fixtures.team(event, 2);
        Team second = fixtures.team(event, 2);
        Team third = fixtures.team(event, 1);
        moderation.lockTeams(organizer, event.slug, true);
        long moved = Fixtures.fresh(() -> teams.members(Team.findById(second.id)).get(1).personId());
        moderation.move(organizer, second.id, moved, third.id, "Balance the teams");
        moderation.dissolve(organizer, third.id, "Merged into another team");
        Actor lead = fixtures.leadOf(first);
        submissions.save(lead, first.id, new TeamInputs.SubmissionInput("Reminder service", "SMS before appointments", "", null,
                null, List.of(), null, null));
        Submission entry = submissions.finalise(lead, first.id);
        submissions.review(organizer, entry.id, true, "Ready for the ballot");
        jury.declareMethod(organizer, event.slug, new JuryInputs.MethodInput(50, 50, "RAW", null, 1, "TEAM"));
        long criterion = jury.addCriterion(organizer, event.slug, new JuryInputs.CriterionInput("Impact", "", 100)).id;
        long spare = jury.addCriterion(organizer, event.slug, new JuryInputs.CriterionInput("Spare", "", 10)).id;
        jury.removeCriterion(organizer, event.slug, spare);
        Actor judge = fixtures.officer(Fixtures.unique("judge"));
        Actor leaving = fixtures.officer(Fixtures.unique("judge"));
        Actor recusing = fixtures.officer(Fixtures.unique("judge"));
        jury.assignJudge(organizer, event.slug, judge.personId());
        jury.assignJudge(organizer, event.slug, leaving.personId());
        jury.assignJudge(organizer, event.slug, recusing.personId());
        jury.removeJudge(organizer, event.slug, leaving.personId());
        events.changePhase(organizer, event.slug, EventPhase.HACKING, EventPhase.VOTING, null);
        jury.score(judge, event.slug, entry.id, Map.of(criterion, 4), null);
        jury.recuse(recusing, event.slug, entry.id, "I advised the team");
        votes.vote(fixtures.officer(Fixtures.unique("voter")), event.slug, entry.id, 2);
        events.changePhase(organizer, event.slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        events.changePhase(admin, event.slug, EventPhase.RESULTS, EventPhase.VOTING, "A vote was cast by mistake");
        events.changePhase(organizer, event.slug, EventPhase.VOTING, EventPhase.RESULTS, null);
        results.award(organizer, event.slug, entry.id, "WINNER");
        long project = promotions.promoteSubmission(office, entry.id).project().id;
        projects.move(office, project, new ProjectInputs.MoveInput("APPROVED", "Board decision", null, null,
                "Sponsor to be named next week"));
        Actor changer = fixtures.officer(Fixtures.unique("mover"));
        people.updateProfile(changer.personId(), new PersonInputs.ProfileInput("Registry", List.of(), null));
        org.semillero.learning.Workshop training = QuarkusTransaction.requiringNew().call(() -> workshops.create(office,
                Fixtures.workshopInput(Fixtures.unique("Training"), 5)));
        QuarkusTransaction.requiringNew().run(() -> workshops.register(changer, training.id));
        Fixtures.execute("update workshop set registration_closes_at = now() - interval '2 hours', starts_at = now() - interval '1 hour',"
                + " ends_at = now() + interval '1 hour' where id = " + training.id);
        QuarkusTransaction.requiringNew().run(() -> attendance.mark(office, training.id, Map.of(changer.personId(), true)));
        org.semillero.learning.Workshop called = QuarkusTransaction.requiringNew().call(() -> workshops.create(office,
                Fixtures.workshopInput(Fixtures.unique("Called off"), 5)));
        QuarkusTransaction.requiringNew().run(() -> workshops.cancel(office, called.id, "The room is flooded"));
        String service = Fixtures.unique("AUD");
        QuarkusTransaction.requiringNew().run(() -> catalogue.importCsv(office, "code,name,department,channels\n"
                + service + ",Servicio " + service + ",Registro,online\n", false));
        QuarkusTransaction.requiringNew().run(() -> catalogue.save(office, service, Map.of("name", "Servicio " + service,
                "department", "Registro Civil", "channels", "online;phone")));
        QuarkusTransaction.requiringNew().run(() -> catalogue.resolve(office, Fixtures.unique("registro"), service));
        long kpi = Fixtures.count("with x as (insert into kpi (project_id, name) values (" + project
                + ", 'Complaints') returning id) select id from x");
        QuarkusTransaction.requiringNew().run(() -> catalogue.bindKpi(office, service, kpi, "complaints"));

        @SuppressWarnings("unchecked")
        List<String> recorded = Fixtures.fresh(() -> Event.getEntityManager().createNativeQuery(
                "select distinct action from audit_event where id > :before").setParameter("before", before)
                .getResultList());
        Set<AuditAction> expected = EnumSet.allOf(AuditAction.class);
        expected.removeAll(EnumSet.of(AuditAction.PERSON_ROLES_CHANGED, AuditAction.PERSON_REMOVED));
        assertThat(recorded.stream().map(AuditAction::valueOf).toList()).containsAll(expected);
        assertThat(actionsOn("comment", String.valueOf(comment.id))).containsExactlyInAnyOrder("COMMENT_EDITED",
                "COMMENT_HIDDEN");
        // The previous text of an edited comment is kept.
        assertThat(Fixtures.fresh(() -> Event.getEntityManager().createNativeQuery(
                "select cast(before as text) from audit_event where action = 'COMMENT_EDITED' and object_id = :i")
                .setParameter("i", String.valueOf(comment.id)).getSingleResult())).asString().contains("First words");
        assertThat(Fixtures.count("select count(*) from audit_event where action = 'EVENT_PHASE_CHANGED' and object_id = '"
                + event.slug + "'")).isEqualTo(6);
        assertThat(Fixtures.count("select count(*) from audit_event where action = 'RESULTS_WITHDRAWN' and reason = "
                + "'A vote was cast by mistake' and actor_id = " + admin.personId())).isEqualTo(1);
    }

    @Test
    void an_action_rolled_back_leaves_no_entry_and_no_entry_is_written_outside_an_action() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Actor organizer = fixtures.organizer();
        long before = Fixtures.count("select count(*) from audit_event");
        assertThatThrownBy(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            events.changePhase(organizer, event.slug, EventPhase.IDEATION, EventPhase.HACKING, null);
            throw new IllegalStateException("the rest of the action failed");
        })).hasMessageContaining("the rest of the action failed");
        assertThat(Fixtures.count("select count(*) from audit_event")).isEqualTo(before);
        assertThat(Fixtures.count("select count(*) from event where phase = 'IDEATION' and id = " + event.id)).isOne();
        assertThatThrownBy(() -> audit.record(organizer.personId(), AuditAction.EVENT_UPDATED,
                AuditLog.Subject.of("event", event.slug, event.title), null, null, null))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    @Test
    void nobody_changes_or_deletes_an_entry() {
        fixtures.event(EventPhase.IDEATION);
        assertThatThrownBy(() -> Fixtures.execute("update audit_event set reason = 'rewritten'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Fixtures.execute("delete from audit_event"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Fixtures.execute("truncate audit_event"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void removing_a_person_pseudonymises_and_keeps_their_entries() {
        Actor admin = new Actor(fixtures.person(Fixtures.unique("admin")).id, Set.of("officer", "organizer", "admin"));
        String name = Fixtures.unique("leaver");
        Actor leaver = new Actor(fixtures.person(name).id, Set.of("officer", "organizer"));
        Event event = events.create(leaver, Fixtures.input(Fixtures.unique("left"), java.time.OffsetDateTime.now().plusDays(3)));
        assertThat(Fixtures.outcome(() -> { people.remove(leaver, admin.personId(), "no"); return null; }))
                .isEqualTo("admins-only");
        people.remove(admin, leaver.personId(), "Left the institution");
        assertThat(Fixtures.count("select count(*) from person where id = " + leaver.personId()
                + " and display_name = '#" + leaver.personId() + "' and email is null and removed_at is not null")).isOne();
        assertThat(Fixtures.count("select count(*) from audit_event where actor_id = " + leaver.personId()
                + " and object_id = '" + event.slug + "'")).isOne();
        assertThat(people.search(name, 20)).isEmpty();
        // The same identity signing in again starts a new profile.
        assertThat(fixtures.person(name).id).isNotEqualTo(leaver.personId());
    }

    @Test
    @TestSecurity(user = "audit-admin", roles = {"officer", "admin"})
    void admins_filter_and_page_the_log_without_losing_or_repeating_entries() {
        Event event = fixtures.event(EventPhase.IDEATION);
        String slug = event.slug;
        Actor organizer = new Actor(event.createdBy, Set.of("officer", "organizer"));
        for (int i = 0; i < 7; i++) {
            moderation.lockTeams(organizer, slug, i % 2 == 0);
        }
        // Creation, DRAFT → IDEATION and 7 lock changes on this event: pages of 3 walk all 9 once, newest first.
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("q", slug).queryParam("size", 3)
                    .queryParam("cursor", cursor == null ? "" : cursor).when().get("/api/v1/audit").then()
                    .statusCode(200).body("items.objectId", everyItem(equalTo(slug))).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"").contains("cursor=" + cursor);
            }
        } while (cursor != null);
        assertThat(seen).hasSize(9).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        given().queryParam("q", slug).queryParam("action", "TEAMS_LOCKED").when().get("/api/v1/audit").then()
                .statusCode(200).body("items.size()", equalTo(7)).body("items[0].after.locked", notNullValue())
                .body("items.actorId", everyItem(equalTo((int) organizer.personId())));
        given().queryParam("actor", organizer.personId()).queryParam("from", java.time.LocalDate.now().minusDays(1).toString())
                .when().get("/api/v1/audit").then().statusCode(200).body("items.objectId", hasItem(slug));
        given().queryParam("from", "2030-01-01").queryParam("to", "2029-01-01").when().get("/api/v1/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("action", "DROP_TABLES").queryParam("from", "yesterday").queryParam("cursor", "%%%")
                .when().get("/api/v1/audit").then().statusCode(400)
                .body("errors.field", hasItem("action")).body("errors.field", hasItem("from"));
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").when().get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("size", 500).when().get("/api/v1/audit").then().statusCode(400);
        given().queryParam("q", slug.toUpperCase()).when().get("/api/v1/audit").then().statusCode(200)
                .body("items.size()", equalTo(9));
        given().queryParam("q", slug).when().get("/admin/audit").then().statusCode(200)
                .body(containsString("Audit log")).body(containsString(event.title))
                // What changed, in words: "Phase: Draft → Ideation", never "phase: DRAFT → IDEATION".
                .body(containsString("<span class=\"meta\">Phase:</span> <del>Draft</del> → <ins>Ideation</ins>"))
                .body(org.hamcrest.Matchers.not(containsString("<del>DRAFT</del>")));
        given().header("Accept-Language", "es").queryParam("q", slug).when().get("/admin/audit").then().statusCode(200)
                .body(containsString("<span class=\"meta\">Fase:</span> <del>Borrador</del>"));
        String csv = given().queryParam("q", slug).when().get("/admin/audit/export.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().count()).isEqualTo(10);
        given().queryParam("from", "not-a-day").when().get("/admin/audit").then().statusCode(400)
                .body(containsString("Enter a day as YYYY-MM-DD.")).body(containsString("value=\"not-a-day\""));
    }

    @Test
    @TestSecurity(user = "audit-organizer", roles = {"officer", "organizer", "innovation-office"})
    void only_admins_read_the_log() {
        given().when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/admin/audit").then().statusCode(403);
        given().when().get("/admin/audit/export.csv").then().statusCode(403);
    }
}
