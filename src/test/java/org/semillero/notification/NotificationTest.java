package org.semillero.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;
import org.semillero.team.Team;
import org.semillero.team.TeamRequest;
import org.semillero.team.TeamRequestService;

@QuarkusTest
class NotificationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TeamRequestService requests;

    private static long inbox(long personId, String type) {
        return Fixtures.count("select count(*) from notification where person_id = " + personId + " and type = '" + type + "'");
    }

    /** A form post as a browser sends it: with the page's token, not following the redirect. */
    private static io.restassured.response.ValidatableResponse post(String path, Map<String, String> form) {
        Forms.Csrf csrf = Forms.csrfFrom("/notifications/preferences");
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(form).when().post(path).then();
    }

    private static long mails(long personId) {
        return Fixtures.count("select count(*) from mail_outbox where person_id = " + personId + " and kind = 'IMMEDIATE'");
    }

    @Test
    void an_application_reaches_the_lead_and_the_answer_reaches_the_applicant_but_nobody_hears_of_their_own_act() {
        Event event = Fixtures.fresh(() -> fixtures.event(EventPhase.HACKING));
        Team team = Fixtures.fresh(() -> fixtures.team(event, 1));
        Actor lead = fixtures.leadOf(team);
        Actor applicant = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("applicant")));

        TeamRequest request = QuarkusTransaction.requiringNew().call(() -> requests.apply(applicant, team.id, "Let me in"));
        assertThat(inbox(lead.personId(), "TEAM_APPLICATION")).isEqualTo(1);
        assertThat(mails(lead.personId())).isEqualTo(1);
        assertThat(inbox(applicant.personId(), "TEAM_APPLICATION")).isZero();

        QuarkusTransaction.requiringNew().run(() -> requests.accept(lead, request.id));
        assertThat(inbox(applicant.personId(), "TEAM_REQUEST_ACCEPTED")).isEqualTo(1);
        assertThat(inbox(lead.personId(), "TEAM_REQUEST_ACCEPTED")).isZero();
    }

    @Test
    void a_refused_action_notifies_nobody() {
        Event event = Fixtures.fresh(() -> fixtures.event(EventPhase.HACKING));
        Team team = Fixtures.fresh(() -> fixtures.team(event, 1));
        Actor lead = fixtures.leadOf(team);
        Actor applicant = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("twice")));
        QuarkusTransaction.requiringNew().run(() -> requests.apply(applicant, team.id, "first"));
        // A second pending application is refused after the notification was written: the rollback takes both.
        assertThat(Fixtures.outcome(() -> QuarkusTransaction.requiringNew().call(
                () -> requests.apply(applicant, team.id, "again")))).isEqualTo("team-request-pending");
        assertThat(inbox(lead.personId(), "TEAM_APPLICATION")).isEqualTo(1);
        assertThat(mails(lead.personId())).isEqualTo(1);
    }

    @Test
    void voting_opens_for_every_officer_in_one_statement_and_a_chosen_daily_digest_keeps_it_out_of_immediate_mail() {
        Actor daily = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("daily")));
        Fixtures.execute("insert into notification_preference values (" + daily.personId() + ", 'EVENTS', 'DAILY')");
        Actor immediate = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("immediate")));
        Actor removed = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("removed")));
        Fixtures.execute("update person set removed_at = now() where id = " + removed.personId());
        Fixtures.Voting voting = Fixtures.fresh(() -> fixtures.voting(1, null));
        long officers = Fixtures.count("select count(*) from person where removed_at is null");
        long told = Fixtures.count("select count(*) from notification where type = 'VOTING_OPENED' and url = '/events/"
                + voting.event().slug + "/ballot'");
        assertThat(told).isBetween(officers - 1, officers);
        assertThat(inbox(daily.personId(), "VOTING_OPENED")).isEqualTo(1);
        assertThat(inbox(immediate.personId(), "VOTING_OPENED")).isEqualTo(1);
        assertThat(inbox(removed.personId(), "VOTING_OPENED")).isZero();
        assertThat(Fixtures.count("select count(*) from mail_outbox o join notification n on n.id = o.notification_id "
                + "where n.type = 'VOTING_OPENED' and o.person_id = " + daily.personId())).isZero();
        assertThat(Fixtures.count("select count(*) from mail_outbox o join notification n on n.id = o.notification_id "
                + "where n.type = 'VOTING_OPENED' and o.person_id = " + immediate.personId())).isEqualTo(1);
    }

    @Inject
    org.semillero.vote.VotingReminder reminder;

    @Test
    void a_day_before_voting_closes_only_officers_without_a_ballot_are_reminded_and_only_once() {
        Actor voted = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("voted")));
        Actor notYet = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("not-yet")));
        Fixtures.Voting voting = Fixtures.fresh(() -> fixtures.voting(1, null));
        long event = voting.event().id;
        Fixtures.execute("insert into ballot (event_id, voter_id) values (" + event + ", " + voted.personId() + ")");
        Fixtures.execute("update event set ideation_starts_at = now() - interval '3 days', hacking_starts_at = now() - interval '2 days',"
                + " voting_starts_at = now() - interval '1 day', results_at = now() + interval '25 hours' where id = " + event);
        reminder.remindDue(java.time.Instant.now());
        assertThat(inbox(notYet.personId(), "VOTING_CLOSING")).isZero();
        Fixtures.execute("update event set results_at = now() + interval '2 hours' where id = " + event);
        reminder.remindDue(java.time.Instant.now());
        reminder.remindDue(java.time.Instant.now());
        assertThat(inbox(notYet.personId(), "VOTING_CLOSING")).isEqualTo(1);
        assertThat(inbox(voted.personId(), "VOTING_CLOSING")).isZero();
        assertThat(Fixtures.count("select count(*) from notification where type = 'VOTING_CLOSING' and person_id = "
                + notYet.personId() + " and params ->> 'event' = '" + voting.event().title.replace("'", "''") + "'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "inbox-reader", roles = "officer")
    void the_api_lists_reads_and_counts_only_the_callers_own_notifications() {
        given().when().get("/api/v1/me/notifications").then().statusCode(200).body("unread", equalTo(0));
        long me = Fixtures.count("select id from person where subject = 'inbox-reader'");
        Actor other = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("other")));
        Event event = Fixtures.fresh(() -> fixtures.event(EventPhase.HACKING));
        Team team = Fixtures.fresh(() -> fixtures.team(event, 1));
        Fixtures.execute("update team set lead_id = " + me + " where id = " + team.id);
        Fixtures.execute("insert into team_member (team_id, event_id, person_id) values (" + team.id + ", " + event.id + ", " + me + ")");
        QuarkusTransaction.requiringNew().run(() -> requests.apply(other, team.id, "hello"));
        QuarkusTransaction.requiringNew().run(() -> requests.apply(fixtures.officer(Fixtures.unique("third")), team.id, "hi"));

        String firstId = given().header("Accept-Language", "es").when().get("/api/v1/me/notifications?unread=true&size=1")
                .then().statusCode(200).body("unread", equalTo(2)).body("items", hasSize(1))
                .body("items[0].type", equalTo("TEAM_APPLICATION"))
                .body("items[0].title", containsString("pidió unirse a tu equipo «" + team.name + "»"))
                .body("items[0].url", equalTo("/teams/" + team.id))
                .body("next", not(equalTo(null))).extract().path("items[0].id").toString();
        given().contentType(ContentType.JSON).when().post("/api/v1/me/notifications/" + firstId + "/read").then().statusCode(200)
                .body("readAt", not(equalTo(null)));
        given().when().get("/api/v1/me/notifications").then().body("unread", equalTo(1)).body("items", hasSize(2));

        long othersId = Fixtures.count("select max(id) from notification where person_id <> " + me);
        given().contentType(ContentType.JSON).when().post("/api/v1/me/notifications/" + othersId + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Fixtures.count("select count(*) from notification where id = " + othersId + " and read_at is not null")).isZero();

        given().contentType(ContentType.JSON).when().post("/api/v1/me/notifications/read-all").then().statusCode(204);
        given().when().get("/api/v1/me/notifications?unread=true").then().body("unread", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "prefs-api", roles = "officer")
    void preferences_have_defaults_take_every_valid_choice_and_refuse_anything_else() {
        given().when().get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("teams", equalTo("IMMEDIATE")).body("projects", equalTo("WEEKLY"));
        for (Delivery delivery : Delivery.values()) {
            given().contentType(ContentType.JSON).body(Map.of("teams", delivery.name()))
                    .when().put("/api/v1/me/notification-preferences").then().statusCode(200)
                    .body("teams", equalTo(delivery.name())).body("ideas", equalTo("IMMEDIATE"));
        }
        given().contentType(ContentType.JSON).body(Map.of("teams", "HOURLY", "gossip", "OFF"))
                .when().put("/api/v1/me/notification-preferences").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItems("teams", "gossip"));
        given().when().get("/api/v1/me/notification-preferences").then().body("teams", equalTo("OFF"));
    }

    @Test
    @TestSecurity(user = "inbox-page", roles = "officer")
    void the_header_counts_unread_the_inbox_opens_and_marks_read_and_the_home_page_lists_what_waits() {
        given().when().get("/notifications").then().statusCode(200);
        long me = Fixtures.count("select id from person where subject = 'inbox-page'");
        Event event = Fixtures.fresh(() -> fixtures.event(EventPhase.HACKING));
        Team team = Fixtures.fresh(() -> fixtures.team(event, 1));
        Fixtures.execute("update team set lead_id = " + me + " where id = " + team.id);
        Fixtures.execute("insert into team_member (team_id, event_id, person_id) values (" + team.id + ", " + event.id + ", " + me + ")");
        Actor bruno = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("bruno")));
        QuarkusTransaction.requiringNew().run(() -> requests.apply(bruno, team.id, "hello"));

        given().header("Accept-Language", "es").when().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/notifications\">Notificaciones (1 sin leer)</a>"))
                .body(containsString("<h2 id=\"todo-title\">Te esperan</h2>"))
                .body(containsString("pidió unirse a «" + team.name + "»: responde</a>"));
        long id = Fixtures.count("select id from notification where person_id = " + me);
        given().when().get("/notifications").then().statusCode(200)
                .body(containsString("<li class=\"unread\">")).body(containsString("action=\"/notifications/" + id + "/open\""));
        post("/notifications/" + id + "/open", Map.of()).statusCode(303)
                .header("Location", containsString("/teams/" + team.id));
        given().when().get("/").then().body(containsString("<a href=\"/notifications\">Notifications</a>"));
    }

    @Test
    @TestSecurity(user = "prefs-page", roles = "officer")
    void the_preferences_page_saves_choices_and_shows_a_bad_one_again_with_its_message() {
        given().header("Accept-Language", "es").when().get("/notifications/preferences").then().statusCode(200)
                .body(containsString("<legend>Equipos y entregas</legend>"))
                .body(containsString("name=\"projects\" value=\"WEEKLY\" checked"));
        post("/notifications/preferences", Map.of("teams", "DAILY", "ideas", "OFF", "events", "IMMEDIATE", "jury", "IMMEDIATE",
                "projects", "WEEKLY", "workshops", "OFF")).statusCode(303);
        given().when().get("/notifications/preferences").then()
                .body(containsString("name=\"teams\" value=\"DAILY\" checked"))
                .body(containsString("name=\"ideas\" value=\"OFF\" checked"));
        post("/notifications/preferences", Map.of("teams", "WEEKLY", "ideas", "SOMETIMES")).statusCode(400).body(containsString("<title>Error: E-mail preferences"))
                .body(containsString("Choose one of the options."))
                .body(containsString("name=\"teams\" value=\"WEEKLY\" checked"));
        given().when().get("/notifications/preferences").then().body(containsString("name=\"teams\" value=\"DAILY\" checked"));
    }
}
