package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

/**
 * Each role on each endpoint. Expected codes per role, in the order of {@link #ENDPOINTS}:
 * 401/303 anonymous (API/pages: 303 to sign in), 403 wrong role, 404 for drafts hidden from officers.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> ENDPOINTS = List.of(
            "GET api events", "GET api published", "GET api draft", "POST api events", "PUT api published",
            "GET api timeline", "POST api phase", "GET api me", "PUT api me",
            "GET /", "GET /events", "GET /events/new", "GET page published", "GET page draft", "GET page edit",
            "GET /profile", "POST page phase");

    private static final Map<String, List<Integer>> EXPECTED = Map.of(
            "anonymous", List.of(401, 401, 401, 401, 401, 401, 401, 401, 401, 200, 303, 303, 303, 303, 303, 303, 303),
            "officer", List.of(200, 200, 404, 403, 403, 200, 403, 200, 200, 200, 200, 403, 200, 404, 403, 200, 403),
            "innovation-office", List.of(200, 200, 404, 403, 403, 200, 403, 200, 200, 200, 200, 403, 200, 404, 403, 200, 403),
            "organizer", List.of(200, 200, 200, 201, 200, 200, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 303),
            "admin", List.of(200, 200, 200, 201, 200, 200, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 303));

    @Inject
    Fixtures fixtures;

    @Test
    void anonymous() {
        check("anonymous");
    }

    @Test
    @TestSecurity(user = "matrix-officer", roles = "officer")
    void officer() {
        check("officer");
    }

    @Test
    @TestSecurity(user = "matrix-innovation", roles = {"officer", "innovation-office"})
    void innovation_office() {
        check("innovation-office");
    }

    @Test
    @TestSecurity(user = "matrix-organizer", roles = {"officer", "organizer"})
    void organizer() {
        check("organizer");
    }

    @Test
    @TestSecurity(user = "matrix-admin", roles = {"officer", "organizer", "innovation-office", "admin"})
    void admin() {
        check("admin");
    }

    private void check(String role) {
        Event published = fixtures.event(EventPhase.IDEATION);
        Event draft = fixtures.event(EventPhase.DRAFT);
        Event another = fixtures.event(EventPhase.IDEATION);
        Map<String, Object> update = Fixtures.json(published.slug);
        update.put("version", published.version);

        Map<String, Integer> actual = new LinkedHashMap<>();
        actual.put("GET api events", given().get("/api/v1/events").statusCode());
        actual.put("GET api published", given().get("/api/v1/events/" + published.slug).statusCode());
        actual.put("GET api draft", given().get("/api/v1/events/" + draft.slug).statusCode());
        actual.put("POST api events", given().contentType(ContentType.JSON).body(Fixtures.json(Fixtures.unique("m")))
                .post("/api/v1/events").statusCode());
        actual.put("PUT api published", given().contentType(ContentType.JSON).body(update)
                .put("/api/v1/events/" + published.slug).statusCode());
        actual.put("GET api timeline", given().get("/api/v1/events/" + published.slug + "/phase-changes").statusCode());
        actual.put("POST api phase", given().contentType(ContentType.JSON).body(Map.of("to", "HACKING"))
                .post("/api/v1/events/" + published.slug + "/phase-changes").statusCode());
        actual.put("GET api me", given().get("/api/v1/people/me").statusCode());
        actual.put("PUT api me", given().contentType(ContentType.JSON).body(Map.of("skills", List.of("x")))
                .put("/api/v1/people/me").statusCode());
        for (String page : List.of("/", "/events", "/events/new", "/profile")) {
            actual.put("GET " + page, given().redirects().follow(false).get(page).statusCode());
        }
        actual.put("GET page published", given().redirects().follow(false).get("/events/" + another.slug).statusCode());
        actual.put("GET page draft", given().redirects().follow(false).get("/events/" + draft.slug).statusCode());
        actual.put("GET page edit", given().redirects().follow(false).get("/events/" + another.slug + "/edit").statusCode());
        Forms.Csrf csrf = Forms.csrfFrom("/");
        actual.put("POST page phase", given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", "anonymous".equals(role) ? "missing" : csrf.token())
                .formParam("from", "IDEATION").formParam("to", "HACKING")
                .post("/events/" + another.slug + "/phase").statusCode());

        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < ENDPOINTS.size(); i++) {
            expected.put(ENDPOINTS.get(i), EXPECTED.get(role).get(i));
        }
        assertThat(actual).as(role).isEqualTo(expected);
    }
}
