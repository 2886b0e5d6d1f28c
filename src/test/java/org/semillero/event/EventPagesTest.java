package org.semillero.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

@QuarkusTest
class EventPagesTest {

    @Inject
    Fixtures fixtures;

    private static RequestSpecification form(Forms.Csrf csrf) {
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token());
    }

    /** A complete, valid event form; tests replace single fields. */
    private static Map<String, String> validEvent(String slug) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Hackatón <b>" + slug + "</b>");
        fields.put("slug", slug);
        fields.put("description", "Línea uno\nLínea dos");
        fields.put("ideationStartsAt", "2031-03-01T09:00");
        fields.put("hackingStartsAt", "2031-03-08T09:00");
        fields.put("votingStartsAt", "2031-03-15T09:00");
        fields.put("resultsAt", "2031-03-22T09:00");
        fields.put("closesAt", "2031-03-29T09:00");
        fields.put("teamSizeMin", "2");
        fields.put("teamSizeMax", "5");
        fields.put("voteBudget", "5");
        fields.put("maxVotesPerEntry", "2");
        return fields;
    }

    @Test
    @TestSecurity(user = "olga-pages", roles = {"officer", "organizer"})
    void organizer_creates_an_event_through_the_form_and_is_redirected_with_a_message() {
        String slug = Fixtures.unique("form");
        Forms.Csrf csrf = Forms.csrfFrom("/events/new");
        form(csrf).formParams(validEvent(slug)).when().post("/events")
                .then().statusCode(303)
                .header("Location", endsWith("/events/" + slug))
                .cookie("semillero-flash", "flash.event.created");

        given().cookie("semillero-flash", "flash.event.created").when().get("/events/" + slug)
                .then().statusCode(200)
                .body(containsString("Event created."))
                .body(containsString("Hackatón &lt;b&gt;" + slug + "&lt;/b&gt;"))
                .body(not(containsString("<b>" + slug)))
                .body(containsString("Move to Ideation"));
    }

    @Test
    @TestSecurity(user = "olga-pages", roles = {"officer", "organizer"})
    void an_invalid_form_is_shown_again_with_messages_and_what_was_typed() {
        String slug = Fixtures.unique("invalid");
        long before = Fixtures.count("select count(*) from event");
        Forms.Csrf csrf = Forms.csrfFrom("/events/new");
        Map<String, String> fields = validEvent(slug);
        fields.put("title", "");
        fields.put("teamSizeMin", "many");
        fields.put("hackingStartsAt", "2031-02-01T09:00");
        form(csrf).formParams(fields).when().post("/events")
                .then().statusCode(400)
                .body(containsString("Please correct the following"))
                .body(containsString("<a href=\"#f-title\">Title: This field is required.</a>"))
                .body(containsString("Enter a whole number."))
                .body(containsString("Must be after the previous phase"))
                .body(containsString("value=\"many\""))
                .body(containsString("aria-invalid=\"true\""));
        assertThat(Fixtures.count("select count(*) from event")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "olga-pages", roles = {"officer", "organizer"})
    void a_form_post_without_a_csrf_token_is_rejected_and_writes_nothing() {
        long before = Fixtures.count("select count(*) from event");
        given().redirects().follow(false).formParams(validEvent(Fixtures.unique("csrf"))).when().post("/events")
                .then().statusCode(400);
        Forms.Csrf csrf = Forms.csrfFrom("/events/new");
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", "forged")
                .formParams(validEvent(Fixtures.unique("csrf"))).when().post("/events")
                .then().statusCode(400);
        assertThat(Fixtures.count("select count(*) from event")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "olga-pages", roles = {"officer", "organizer"})
    void organizer_advances_and_steps_back_with_a_reason_from_the_event_page() {
        Event event = fixtures.event(EventPhase.IDEATION);
        Forms.Csrf csrf = Forms.csrfFrom("/events/" + event.slug);
        form(csrf).formParam("from", "IDEATION").formParam("to", "HACKING")
                .when().post("/events/" + event.slug + "/phase")
                .then().statusCode(303).cookie("semillero-flash", "flash.event.phase-changed");

        form(csrf).formParam("from", "HACKING").formParam("to", "IDEATION").formParam("reason", "")
                .when().post("/events/" + event.slug + "/phase")
                .then().statusCode(400).body(containsString("Give a reason for stepping back."));

        form(csrf).formParam("from", "IDEATION").formParam("to", "HACKING")
                .when().post("/events/" + event.slug + "/phase")
                .then().statusCode(303).cookie("semillero-flash", "problem.phase-changed");

        form(csrf).formParam("from", "HACKING").formParam("to", "IDEATION").formParam("reason", "Not enough ideas")
                .when().post("/events/" + event.slug + "/phase")
                .then().statusCode(303);

        given().when().get("/events/" + event.slug).then().statusCode(200)
                .body(containsString("Not enough ideas"))
                .body(containsString("Ideation to Hacking"))
                .body(containsString("Hacking to Ideation"));
    }

    @Test
    @TestSecurity(user = "olga-pages", roles = {"officer", "organizer"})
    void a_stale_edit_is_not_saved_over_a_newer_one() {
        Event event = fixtures.event(EventPhase.DRAFT);
        Forms.Csrf csrf = Forms.csrfFrom("/events/" + event.slug + "/edit");
        Map<String, String> first = validEvent(event.slug);
        first.put("title", "First edit");
        first.put("version", String.valueOf(event.version));
        form(csrf).formParams(first).when().post("/events/" + event.slug + "/edit").then().statusCode(303);
        Map<String, String> second = new HashMap<>(first);
        second.put("title", "Second edit");
        form(csrf).formParams(second).when().post("/events/" + event.slug + "/edit")
                .then().statusCode(303).cookie("semillero-flash", "flash.error.stale-version");
        given().when().get("/events/" + event.slug).then().body(containsString("First edit"))
                .body(not(containsString("Second edit")));
    }

    @Test
    @TestSecurity(user = "ana-pages", roles = "officer")
    void officers_see_no_management_controls_and_no_drafts() {
        Event open = fixtures.event(EventPhase.HACKING);
        Event draft = fixtures.event(EventPhase.DRAFT);
        given().when().get("/events/" + open.slug).then().statusCode(200)
                .body(not(containsString("/phase\"")))
                .body(not(containsString("Edit event")));
        given().when().get("/events/" + draft.slug).then().statusCode(404)
                .body(containsString("There is no such event"));
        given().when().get("/events/new").then().statusCode(403);
        given().when().get("/events").then().statusCode(200)
                .body(not(containsString(draft.slug))).body(not(containsString("New event")));
    }

    @Test
    @TestSecurity(user = "ana-pages", roles = "officer")
    void pages_speak_spanish_when_the_browser_asks() {
        given().header("Accept-Language", "es").when().get("/events").then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Eventos"));
    }

    @Test
    void anonymous_visitors_see_the_welcome_page_and_are_sent_to_sign_in_elsewhere() {
        given().when().get("/").then().statusCode(200).body(containsString("href=\"/login\""));
        given().redirects().follow(false).when().get("/events?page=2").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fevents%3Fpage%3D2"));
    }
}
