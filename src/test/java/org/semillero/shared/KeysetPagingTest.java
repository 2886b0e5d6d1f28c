package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.support.Fixtures;

/**
 * Lists page by cursor: walking every page while other people keep adding items shows each
 * item that existed before the walk exactly once (offset pages repeated and skipped them), and
 * walking back with the previous-page cursors shows the same pages.
 */
@QuarkusTest
@TestSecurity(user = "keyset-walker", roles = {"officer", "organizer", "innovation-office"})
class KeysetPagingTest {

    @Inject
    Fixtures fixtures;

    /** Walks a list to its end, adding {@code perPage} items after each page; returns the ids seen, in order. */
    private static List<Long> walk(String first, int perPage, Runnable add) {
        List<Long> seen = new ArrayList<>();
        String url = first;
        int pages = 0;
        while (url != null) {
            Response page = given().accept(ContentType.JSON).get(url).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", Long.class));
            String next = page.jsonPath().getString("next");
            String link = page.header("Link");
            if (next == null) {
                assertThat(link).isNull();
                url = null;
            } else {
                assertThat(link).contains("cursor=" + next).endsWith("rel=\"next\"");
                url = link.substring(1, link.indexOf('>'));
            }
            for (int i = 0; i < perPage; i++) {
                add.run();
            }
            assertThat(++pages).isLessThan(200);
        }
        return seen;
    }

    private static List<Long> allIds(String url, String path) {
        return given().accept(ContentType.JSON).get(url).then().statusCode(200).extract().jsonPath().getList(path, Long.class);
    }

    private static void assertEachOnce(List<Long> seen, List<Long> before) {
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
    }

    @Test
    void ideas_newest_first_under_inserts() {
        String tag = Fixtures.unique("walk").toLowerCase();
        Supplier<Long> propose = () -> fixtures.ideaWithTag("Walked idea", tag).id;
        for (int i = 0; i < 23; i++) {
            propose.get();
        }
        List<Long> before = allIds("/api/v1/ideas?tag=" + tag + "&size=100", "items.id");
        assertThat(before).hasSize(23);
        List<Long> seen = walk("/api/v1/ideas?tag=" + tag + "&size=5", 2, propose::get);
        assertEachOnce(seen, before);
        assertThat(seen.subList(0, 23)).isEqualTo(before); // newer ones never come in ahead of the walk
    }

    @Test
    void ideas_by_support_and_backwards() {
        String tag = Fixtures.unique("back").toLowerCase();
        for (int i = 0; i < 25; i++) {
            fixtures.ideaWithTag("Backwards idea", tag);
        }
        List<List<Long>> forward = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        String url = "/api/v1/ideas?tag=" + tag + "&sort=supported&size=10";
        while (url != null) {
            Response page = given().get(url).then().statusCode(200).extract().response();
            forward.add(page.jsonPath().getList("items.id", Long.class));
            String next = page.jsonPath().getString("next");
            url = next == null ? null : "/api/v1/ideas?tag=" + tag + "&sort=supported&size=10&cursor=" + next;
        }
        assertThat(forward).hasSize(3);
        assertThat(forward.stream().flatMap(List::stream).toList()).hasSize(25).doesNotHaveDuplicates();
        // The HTML list offers the way back: its "newer/previous" link leads to the page before.
        String html = given().get("/ideas?tag=" + tag + "&sort=supported").then().statusCode(200).extract().asString();
        String nextLink = html.substring(html.indexOf("/ideas?cursor=")).split("\"")[0].replace("&amp;", "&");
        String second = given().get(nextLink).then().statusCode(200).extract().asString();
        assertThat(second).contains("/ideas/" + forward.get(2).get(0) + "\"") // ideas 21–25: page 3 of the API's 10s
                .doesNotContain("/ideas/" + forward.get(0).get(0) + "\"");
        String backLink = second.substring(second.indexOf("/ideas?cursor=")).split("\"")[0].replace("&amp;", "&");
        previous.add(backLink);
        String first = given().get(previous.get(0)).then().statusCode(200).extract().asString();
        for (Long id : forward.get(0)) {
            assertThat(first).contains("/ideas/" + id + "\"");
        }
        assertThat(first).doesNotContain("/ideas/" + forward.get(2).get(4) + "\"");
    }

    @Test
    void challenges_projects_teams_and_comments_under_inserts() {
        List<Long> challengesBefore = allIds("/api/v1/challenges?size=100", "items.id");
        List<Long> challengesSeen = walk("/api/v1/challenges?size=7", 2,
                () -> given().contentType(ContentType.JSON).body(Fixtures.challengeInput("Walk")).post("/api/v1/challenges")
                        .then().statusCode(201));
        assertEachOnce(challengesSeen, challengesBefore);

        Event event = fixtures.event(EventPhase.IDEATION);
        for (int i = 0; i < 9; i++) {
            fixtures.team(event, 1);
        }
        String teams = "/api/v1/events/" + event.slug + "/teams";
        List<Long> teamsBefore = allIds(teams + "?size=100", "items.id");
        assertThat(teamsBefore).hasSize(9);
        assertEachOnce(walk(teams + "?size=4", 2, () -> fixtures.team(event, 1)), teamsBefore);

        long idea = fixtures.ideaWithTag("Much discussed", Fixtures.unique("talk").toLowerCase()).id;
        String comments = "/api/v1/ideas/" + idea + "/comments";
        Runnable comment = () -> given().contentType(ContentType.JSON).body(Map.of("body", "One more"))
                .post(comments).then().statusCode(201);
        for (int i = 0; i < 11; i++) {
            comment.run();
        }
        List<Long> commentsBefore = allIds(comments + "?size=100", "items.id");
        assertEachOnce(walk(comments + "?size=3", 1, comment), commentsBefore);

        for (int i = 0; i < 5; i++) {
            project();
        }
        List<Long> projectsBefore = allIds("/api/v1/projects?size=100", "items.id");
        assertEachOnce(walk("/api/v1/projects?size=2", 1, this::project), projectsBefore);
    }

    /** A project promoted from a shortlisted idea-box idea. */
    private void project() {
        long idea = fixtures.boxIdea("Walked project").id;
        given().contentType(ContentType.JSON).body(Map.of("action", "SHORTLIST")).post("/api/v1/ideas/" + idea + "/transitions")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("ideaId", idea)).post("/api/v1/projects").then().statusCode(201);
    }

    @Test
    void a_cursor_that_was_not_given_out_is_refused() {
        Map<String, String> tampered = new HashMap<>();
        tampered.put("garbage", "not-a-cursor");
        tampered.put("other order", given().get("/api/v1/ideas?size=1&sort=newest").jsonPath().getString("next"));
        for (Map.Entry<String, String> bad : tampered.entrySet()) {
            if (bad.getValue() == null) {
                continue;
            }
            given().get("/api/v1/ideas?sort=supported&cursor=" + bad.getValue()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
        }
        given().get("/api/v1/challenges?cursor=%00").then().statusCode(400);
        given().get("/api/v1/ideas?size=0").then().statusCode(400);
        given().get("/api/v1/ideas?size=101").then().statusCode(400);
    }
}
