package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.support.ApiContract;
import org.semillero.support.Fixtures;

/**
 * For a sample of operations of every feature, in success and in failure, the status, the
 * content type and (for 201) the Location header are ones the API document promises. The bad
 * input sweep and the authorization table hold every other operation to the same document.
 */
@QuarkusTest
class ApiContractTest {

    @Inject
    Fixtures fixtures;

    private ApiContract contract;
    private final List<String> breaches = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();

    @BeforeEach
    void load() {
        contract = ApiContract.load();
    }

    @AfterEach
    void none_breached() {
        assertThat(breaches).isEmpty();
    }

    private Response call(String method, String template, String url, Object body) {
        return call(method, template, url, body, "application/json");
    }

    private Response call(String method, String template, String url, Object body, String contentType) {
        RequestSpecification request = given().redirects().follow(false)
                .accept(template.endsWith(".csv") && !url.contains("/x/") ? "text/csv" : "application/json");
        if (body != null) {
            request = request.contentType(contentType).body(body);
        } else if (!method.equals("GET")) {
            request = request.contentType(contentType);
        }
        Response response = request.request(method, url);
        breaches.addAll(contract.breaches(method, template, response));
        statuses.add(method + " " + template + " " + response.statusCode());
        return response;
    }

    private static Map<String, Object> idea(String title, Fixtures.Theme theme) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("problem", "Paper forms are retyped by hand.");
        body.put("solution", "A web form that feeds the case system directly.");
        body.put("benefitCitizens", "Answers in days, not weeks");
        body.put("tags", List.of("forms"));
        if (theme != null) {
            body.put("eventSlug", theme.event().slug);
            body.put("challengeId", theme.challenge().id);
        }
        return body;
    }

    @Test
    @TestSecurity(user = "contract-officer", roles = "officer")
    void an_officer_gets_what_the_document_promises() {
        Fixtures.Theme theme = fixtures.theme();
        Event ideation = theme.event();
        long id = call("POST", "/api/v1/ideas", "/api/v1/ideas?submit=true", idea("Contract idea", theme))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        call("POST", "/api/v1/ideas", "/api/v1/ideas", "{").then().statusCode(400);
        call("POST", "/api/v1/ideas", "/api/v1/ideas", "title=x", "text/plain").then().statusCode(415);
        call("POST", "/api/v1/ideas", "/api/v1/ideas", "{\"title\":\"" + "x".repeat(300_000) + "\"}")
                .then().statusCode(413);
        call("GET", "/api/v1/ideas", "/api/v1/ideas?q=contract", null).then().statusCode(200);
        call("GET", "/api/v1/ideas", "/api/v1/ideas?size=abc", null).then().statusCode(400);
        call("GET", "/api/v1/ideas/{id}", "/api/v1/ideas/" + id, null).then().statusCode(200);
        call("GET", "/api/v1/ideas/{id}", "/api/v1/ideas/987654321", null).then().statusCode(404);
        call("POST", "/api/v1/ideas/{id}/supports", "/api/v1/ideas/" + id + "/supports", null).then().statusCode(403);
        call("POST", "/api/v1/ideas/{id}/comments", "/api/v1/ideas/" + id + "/comments", Map.of("body", "Me too"))
                .then().statusCode(201);
        call("GET", "/api/v1/ideas/{id}/comments", "/api/v1/ideas/" + id + "/comments", null).then().statusCode(200);

        long other = fixtures.boxIdea("Someone else's idea").id;
        call("POST", "/api/v1/ideas/{id}/supports", "/api/v1/ideas/" + other + "/supports", null).then().statusCode(201);
        call("POST", "/api/v1/ideas/{id}/supports", "/api/v1/ideas/" + other + "/supports", null).then().statusCode(200);
        call("DELETE", "/api/v1/ideas/{id}/supports/me", "/api/v1/ideas/" + other + "/supports/me", null)
                .then().statusCode(200);

        long challenge = call("POST", "/api/v1/challenges", "/api/v1/challenges",
                Fixtures.challengeInput("Contract challenge")).then().statusCode(201).extract().jsonPath().getLong("id");
        call("POST", "/api/v1/challenges/{id}/supports", "/api/v1/challenges/" + challenge + "/supports", null)
                .then().statusCode(409);
        call("POST", "/api/v1/challenges/{id}/transitions", "/api/v1/challenges/" + challenge + "/transitions",
                Map.of("action", "ACCEPT")).then().statusCode(403);

        call("POST", "/api/v1/events", "/api/v1/events", Fixtures.json(Fixtures.unique("contract")))
                .then().statusCode(403);
        call("GET", "/api/v1/events/{slug}", "/api/v1/events/" + ideation.slug, null).then().statusCode(200);
        call("GET", "/api/v1/events/{slug}", "/api/v1/events/no-such-event", null).then().statusCode(404);
        call("GET", "/api/v1/events/{slug}/ballot", "/api/v1/events/" + ideation.slug + "/ballot", null);
        call("PUT", "/api/v1/events/{slug}/ballot", "/api/v1/events/" + ideation.slug + "/ballot",
                Map.of("votes", Map.of())).then().statusCode(409);
        call("GET", "/api/v1/events/{slug}/results", "/api/v1/events/" + ideation.slug + "/results", null);
        call("POST", "/api/v1/events/{slug}/teams", "/api/v1/events/" + ideation.slug + "/teams",
                Map.of("name", Fixtures.unique("Contract team"), "pitch", "We build"));

        call("GET", "/api/v1/projects", "/api/v1/projects", null).then().statusCode(200);
        call("GET", "/api/v1/projects/export.csv", "/api/v1/projects/export.csv", null).then().statusCode(200);
        call("GET", "/api/v1/projects/{id}", "/api/v1/projects/987654321", null).then().statusCode(404);
        call("GET", "/api/v1/dashboard/funnel", "/api/v1/dashboard/funnel", null);
        call("GET", "/api/v1/people", "/api/v1/people?q=contract", null).then().statusCode(200);
        call("GET", "/api/v1/people/me", "/api/v1/people/me", null).then().statusCode(200);
        call("PUT", "/api/v1/people/me", "/api/v1/people/me", Map.of("department", "Tax\u0000")).then().statusCode(400);
        call("GET", "/api/v1/audit", "/api/v1/audit", null).then().statusCode(403);
        assertThat(statuses).hasSizeGreaterThan(30);
    }

    @Test
    @TestSecurity(user = "contract-organizer", roles = {"officer", "organizer"})
    void an_organizer_gets_what_the_document_promises() {
        String slug = Fixtures.unique("contract");
        call("POST", "/api/v1/events", "/api/v1/events", Fixtures.json(slug)).then().statusCode(201);
        Map<String, Object> stale = Fixtures.json(slug);
        stale.put("version", 99);
        call("PUT", "/api/v1/events/{slug}", "/api/v1/events/" + slug, stale).then().statusCode(409);
        call("POST", "/api/v1/events/{slug}/phase-changes", "/api/v1/events/" + slug + "/phase-changes",
                Map.of("from", "DRAFT", "to", "IDEATION")).then().statusCode(201);
        call("POST", "/api/v1/events/{slug}/phase-changes", "/api/v1/events/" + slug + "/phase-changes",
                Map.of("from", "DRAFT", "to", "IDEATION")).then().statusCode(409);
        call("GET", "/api/v1/events/{slug}/phase-changes", "/api/v1/events/" + slug + "/phase-changes", null)
                .then().statusCode(200);
        call("POST", "/api/v1/events/{slug}/jury/criteria", "/api/v1/events/" + slug + "/jury/criteria",
                Map.of("name", "Impact", "description", "For citizens", "weight", 2));
        long judge = fixtures.person(Fixtures.unique("judge")).id;
        call("POST", "/api/v1/events/{slug}/jury/judges", "/api/v1/events/" + slug + "/jury/judges",
                Map.of("personId", judge));
        call("GET", "/api/v1/events/{slug}/turnout", "/api/v1/events/" + slug + "/turnout", null);
        call("GET", "/api/v1/events/{slug}/submissions", "/api/v1/events/" + slug + "/submissions", null)
                .then().statusCode(200);
        call("GET", "/api/v1/dashboard/{table}.csv", "/api/v1/dashboard/funnel.csv", null);
        assertThat(statuses).filteredOn(s -> s.endsWith(" 201")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @TestSecurity(user = "contract-admin", roles = {"officer", "organizer", "innovation-office", "admin"})
    void an_administrator_reads_the_audit_log_as_documented() {
        call("GET", "/api/v1/audit", "/api/v1/audit?size=2", null).then().statusCode(200);
        call("GET", "/api/v1/audit", "/api/v1/audit?from=yesterday", null).then().statusCode(400);
    }

    @Test
    void anonymous_callers_get_the_documented_401() {
        call("GET", "/api/v1/ideas", "/api/v1/ideas", null).then().statusCode(401);
        call("POST", "/api/v1/ideas", "/api/v1/ideas", idea("x", null)).then().statusCode(401);
        call("GET", "/api/v1/events/{slug}/results/export.csv", "/api/v1/events/x/results/export.csv", null)
                .then().statusCode(406);
        call("GET", "/api/v1/projects/{id}", "/api/v1/projects/1", null).then().statusCode(401);
    }

    @Test
    void the_contract_check_itself_refuses_what_is_not_documented() {
        Response unauthenticated = given().accept("application/json").get("/api/v1/ideas");
        assertThat(contract.breaches("GET", "/api/v1/ideas", unauthenticated)).isEmpty();
        assertThat(contract.breaches("GET", "/api/v1/nowhere", unauthenticated)).hasSize(1);
        Response page = given().redirects().follow(false).get("/");
        assertThat(contract.breaches("GET", "/api/v1/ideas", page)).singleElement().asString()
                .containsAnyOf("status not documented", "answered text/html");
    }
}
