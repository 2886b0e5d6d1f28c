package org.semillero.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.judging.JuryService;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;
import org.semillero.team.Team;
import org.semillero.team.TeamInputs;
import org.semillero.team.TeamService;

/**
 * People are chosen by name from a list and stored by id: two profiles with the same user
 * name (two identity providers, or a renamed account) are never confused.
 */
@QuarkusTest
class PeoplePickerTest {

    @Inject
    Fixtures fixtures;

    @Inject
    PersonService people;

    @Inject
    JuryService jury;

    @Inject
    TeamService teams;

    private static RequestSpecification form(Forms.Csrf csrf) {
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    /** Two profiles sharing a user name, told apart by name and department. */
    private Person twin(String username, String name, String department) {
        return people.signIn(new SignInClaims(Fixtures.unique("sub"), username, name, null, department));
    }

    @Test
    @TestSecurity(user = "picker-user", roles = "officer")
    void the_api_finds_people_by_name_department_or_email_and_never_shows_user_names() {
        String dept = Fixtures.unique("Registro Civil");
        twin("same@example.org", "Inés Álvarez", dept);
        given().queryParam("q", "ines alv").when().get("/api/v1/people").then().statusCode(200)
                .body("name", hasItem("Inés Álvarez")).body("[0]", not(org.hamcrest.Matchers.hasKey("username")));
        given().queryParam("q", dept.toLowerCase()).when().get("/api/v1/people").then().statusCode(200)
                .body("department", hasItem(dept));
        given().queryParam("q", "x").when().get("/api/v1/people").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "picker-organizer", roles = {"officer", "organizer"})
    void an_organizer_adds_the_right_judge_of_two_with_the_same_user_name() {
        String shared = Fixtures.unique("ines") + "@example.org";
        String dept = Fixtures.unique("Hacienda");
        Person first = twin(shared, "Inés Primera", dept);
        Person second = twin(shared, "Inés Segunda", dept);
        Event event = fixtures.event(EventPhase.HACKING);
        String page = "/events/" + event.slug + "/jury";
        given().queryParam("who", dept).when().get(page).then().statusCode(200)
                .body(containsString("Inés Primera")).body(containsString("Inés Segunda"))
                .body(containsString("value=\"" + second.id + "\""));
        Forms.Csrf csrf = Forms.csrfFrom(page);
        form(csrf).formParam("personId", String.valueOf(second.id)).when().post(page + "/judges").then().statusCode(303);
        assertThat(Fixtures.fresh(() -> jury.judges(fixtures.organizer(), event.slug)))
                .extracting(JuryService.JudgeView::personId).containsExactly(second.id);
        form(csrf).when().post(page + "/judges").then().statusCode(400).body(containsString("This field is required."));
        form(csrf).formParam("personId", "ines").when().post(page + "/judges").then().statusCode(400)
                .body(containsString("Choose a person from the list."));
        given().queryParam("who", "zzzz-nobody").when().get(page).then().statusCode(200)
                .body(containsString("Nobody matches «zzzz-nobody»"));
        form(csrf).when().post(page + "/judges/" + second.id + "/remove").then().statusCode(303);
        assertThat(first.id).isNotEqualTo(second.id);
    }

    @Test
    @TestSecurity(user = "picker-lead", roles = "officer")
    void a_lead_invites_by_choosing_from_the_list_and_the_suggestions() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Team team = teams.create(fixtures.officer("picker-lead"), event.slug, new TeamInputs.TeamInput(Fixtures.unique("Pickers"),
                "We pick", null, java.util.List.of()));
        String dept = Fixtures.unique("Salud");
        Person invitee = twin(Fixtures.unique("u"), "Bruno Invitado", dept);
        String page = "/teams/" + team.id;
        given().queryParam("who", "bruno invit").when().get(page).then().statusCode(200)
                .body(containsString("Bruno Invitado")).body(containsString("name=\"personId\" value=\"" + invitee.id + "\""));
        Forms.Csrf csrf = Forms.csrfFrom(page);
        form(csrf).formParam("personId", String.valueOf(invitee.id)).formParam("message", "Join us")
                .when().post(page + "/invite").then().statusCode(303);
        assertThat(Fixtures.count("select count(*) from team_request where team_id = " + team.id + " and person_id = "
                + invitee.id + " and kind = 'INVITATION'")).isOne();
    }

    @Test
    @TestSecurity(user = "picker-author", roles = "officer")
    void an_author_finds_and_ticks_co_authors_in_the_idea_form_keeping_what_was_typed() {
        Person coauthor = twin(Fixtures.unique("u"), "Carmen Coautora", Fixtures.unique("Dept"));
        Forms.Csrf csrf = Forms.csrfFrom("/ideas/new");
        form(csrf).formParam("title", "Shared reminders").formParam("problem", "Long queues at the desk")
                .formParam("coauthorQuery", "carmen coau").formParam("action", "find")
                .when().post("/ideas").then().statusCode(200)
                .body(containsString("value=\"Shared reminders\""))
                .body(containsString("name=\"coauthorIds\" value=\"" + coauthor.id + "\""));
        String location = form(csrf).formParam("title", "Shared reminders").formParam("problem", "Long queues at the desk")
                .formParam("solution", "SMS reminders").formParam("coauthorIds", String.valueOf(coauthor.id))
                .formParam("action", "submit").when().post("/ideas").then().statusCode(303).extract().header("Location");
        long ideaId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(Fixtures.count("select count(*) from idea_coauthor where idea_id = " + ideaId + " and person_id = "
                + coauthor.id)).isOne();
        form(csrf).formParam("title", "Other").formParam("problem", "p").formParam("solution", "s")
                .formParam("coauthorIds", "999999999").formParam("action", "submit").when().post("/ideas").then()
                .statusCode(400).body(containsString("Choose a person from the list."));
    }
}
