package org.semillero.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;

@QuarkusTest
class EventApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void organizer_creates_an_event_as_a_draft_with_location() {
        String slug = Fixtures.unique("create");
        given().contentType(ContentType.JSON).body(Fixtures.json(slug))
                .when().post("/api/v1/events")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/events/" + slug))
                .body("slug", equalTo(slug))
                .body("phase", equalTo("DRAFT"))
                .body("version", equalTo(0));

        given().when().get("/api/v1/events/" + slug)
                .then().statusCode(200).body("title", equalTo("Hackathon " + slug))
                .body("description", equalTo("Plain text\nwith two lines"));
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void invalid_fields_are_all_reported_and_nothing_is_written() {
        String slug = Fixtures.unique("bad");
        Map<String, Object> body = Fixtures.json(slug);
        body.put("title", " ");
        body.put("teamSizeMin", 6);
        body.put("teamSizeMax", 3);
        body.put("maxVotesPerEntry", 9);
        body.put("votingStartsAt", body.get("ideationStartsAt"));
        long before = Fixtures.count("select count(*) from event");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:semillero:problem:invalid-input"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("teamSizeMax"))
                .body("errors.field", hasItem("maxVotesPerEntry"))
                .body("errors.field", hasItem("votingStartsAt"));

        assertThat(Fixtures.count("select count(*) from event")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void slug_format_and_uniqueness_are_enforced() {
        Map<String, Object> bad = Fixtures.json("Not A Slug!");
        given().contentType(ContentType.JSON).body(bad).when().post("/api/v1/events")
                .then().statusCode(400).body("errors.field", hasItem("slug"));

        String slug = Fixtures.unique("dup");
        given().contentType(ContentType.JSON).body(Fixtures.json(slug)).when().post("/api/v1/events")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Fixtures.json(slug)).when().post("/api/v1/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", containsString("already"));
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void wrong_types_and_malformed_json_are_400_problems_without_internals() {
        Map<String, Object> body = Fixtures.json(Fixtures.unique("types"));
        body.put("teamSizeMin", "three");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:semillero:problem:unreadable-body"))
                .body("errors[0].field", equalTo("teamSizeMin"))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.fasterxml")));

        given().contentType(ContentType.JSON).body("{\"title\": ").when().post("/api/v1/events")
                .then().statusCode(400).contentType(PROBLEM).body(not(containsString("Exception")));

        Map<String, Object> date = Fixtures.json(Fixtures.unique("date"));
        date.put("closesAt", "next tuesday");
        given().contentType(ContentType.JSON).body(date).when().post("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("closesAt"));
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void oversized_bodies_are_refused() {
        Map<String, Object> body = Fixtures.json(Fixtures.unique("big"));
        body.put("description", "x".repeat(300_000));
        long before = Fixtures.count("select count(*) from event");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/events")
                .then().statusCode(413);
        body.put("description", "x".repeat(10_001));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
        assertThat(Fixtures.count("select count(*) from event")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void update_needs_the_current_version_and_keeps_the_slug() {
        Event event = fixtures.event(EventPhase.DRAFT);
        Map<String, Object> body = Fixtures.json(event.slug);
        body.put("title", "Renamed");
        body.put("version", event.version);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/events/" + event.slug)
                .then().statusCode(200).body("title", equalTo("Renamed")).body("version", equalTo(event.version + 1));

        body.put("title", "Lost update");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/events/" + event.slug)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:semillero:problem:stale-version"));

        body.put("version", event.version + 1);
        body.put("slug", "another-slug");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/events/" + event.slug)
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));

        body.remove("version");
        body.put("slug", event.slug);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/events/" + event.slug)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        given().when().get("/api/v1/events/" + event.slug).then().body("title", equalTo("Renamed"));
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void phases_move_one_step_and_every_change_is_on_the_timeline() {
        Event event = fixtures.event(EventPhase.DRAFT);
        String base = "/api/v1/events/" + event.slug + "/phase-changes";

        given().contentType(ContentType.JSON).body(Map.of("from", "DRAFT", "to", "IDEATION"))
                .when().post(base).then().statusCode(201).body("phase", equalTo("IDEATION"));
        given().contentType(ContentType.JSON).body(Map.of("to", "VOTING"))
                .when().post(base).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:semillero:problem:phase-not-adjacent"));
        given().contentType(ContentType.JSON).body(Map.of("to", "DRAFT"))
                .when().post(base).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("to", "DRAFT", "reason", "Dates were wrong"))
                .when().post(base).then().statusCode(201).body("phase", equalTo("DRAFT"));

        given().when().get(base).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].from", equalTo("DRAFT")).body("[0].to", equalTo("IDEATION"))
                .body("[0].reason", nullValue()).body("[0].automatic", equalTo(false))
                .body("[1].to", equalTo("DRAFT")).body("[1].reason", equalTo("Dates were wrong"))
                .body("[1].changedBy", equalTo("olga-api"));
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void unknown_phase_names_and_stale_from_are_refused() {
        Event event = fixtures.event(EventPhase.IDEATION);
        String base = "/api/v1/events/" + event.slug + "/phase-changes";
        given().contentType(ContentType.JSON).body(Map.of("to", "PARTY")).when().post(base)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Map.of("from", "draft", "to", "HACKING")).when().post(base)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON).body(Map.of("from", "DRAFT", "to", "IDEATION")).when().post(base)
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:phase-changed"));
        assertThat(Fixtures.count("select count(*) from event_phase_change where event_id = " + event.id))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "olga-api", roles = {"officer", "organizer"})
    void closed_events_are_read_only_and_only_an_admin_reopens_them() {
        Event event = fixtures.event(EventPhase.CLOSED);
        Map<String, Object> body = Fixtures.json(event.slug);
        body.put("version", event.version);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/events/" + event.slug)
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:wrong-phase"));
        given().contentType(ContentType.JSON).body(Map.of("to", "RESULTS", "reason", "Reopen"))
                .when().post("/api/v1/events/" + event.slug + "/phase-changes")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin-api", roles = {"officer", "organizer", "admin"})
    void admin_reopens_a_closed_event_with_a_reason() {
        Event event = fixtures.event(EventPhase.CLOSED);
        given().contentType(ContentType.JSON).body(Map.of("to", "RESULTS", "reason", "Late appeal"))
                .when().post("/api/v1/events/" + event.slug + "/phase-changes")
                .then().statusCode(201).body("phase", equalTo("RESULTS"));
    }

    @Test
    @TestSecurity(user = "ana-api", roles = "officer")
    void officers_see_published_events_only_and_cannot_change_them() {
        Event draft = fixtures.event(EventPhase.DRAFT);
        Event open = fixtures.event(EventPhase.IDEATION);

        given().when().get("/api/v1/events/" + draft.slug).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/events/" + open.slug).then().statusCode(200);
        given().queryParam("size", 100).when().get("/api/v1/events").then().statusCode(200)
                .body("items.slug", hasItem(open.slug))
                .body("items.slug", not(hasItem(draft.slug)));

        given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.unique("nope")))
                .when().post("/api/v1/events").then().statusCode(403).contentType(PROBLEM);
        Map<String, Object> body = Fixtures.json(open.slug);
        body.put("version", open.version);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/events/" + open.slug)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("to", "HACKING"))
                .when().post("/api/v1/events/" + open.slug + "/phase-changes").then().statusCode(403);
        // Refused for the role before the event is looked up: 403 whatever the slug, so a
        // draft's existence is not revealed.
        given().contentType(ContentType.JSON).body(Map.of("to", "IDEATION"))
                .when().post("/api/v1/events/" + draft.slug + "/phase-changes").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ana-api", roles = "officer")
    void paging_parameters_are_validated() {
        given().queryParam("size", 0).when().get("/api/v1/events").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("page", -1).when().get("/api/v1/events").then().statusCode(400);
        given().queryParam("page", "first").when().get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    @TestSecurity(user = "ana-api", roles = "officer")
    void problems_speak_the_callers_language() {
        given().header("Accept-Language", "es-ES,es;q=0.9").when().get("/api/v1/events/no-such-event")
                .then().statusCode(404).body("title", equalTo("No encontrado"));
    }
}
