package org.semillero.vote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

/** A ballot of 25 entries, a page of 20 at a time: searching, filtering, and no points lost between pages. */
@QuarkusTest
class BallotPageTest {

    private static final Pattern POINTS = Pattern.compile("name=\"points\\.(\\d+)\"");

    @Inject
    Fixtures fixtures;

    private static List<Long> onPage(String html) {
        Matcher m = POINTS.matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    @Test
    @TestSecurity(user = "ballot-pager", roles = "officer")
    void points_given_on_one_page_survive_saving_another_and_the_filters_find_entries() {
        Fixtures.Voting v = fixtures.voting(25, null);
        String page = "/events/" + v.event().slug + "/ballot";
        String first = given().when().get(page).then().statusCode(200).body(containsString("25 found"))
                .body(containsString("You have not given points yet.")).extract().asString();
        List<Long> firstIds = onPage(first);
        assertThat(firstIds).hasSize(20);
        String cursor = first.replaceAll("(?s).*cursor=([A-Za-z0-9_-]+)\">Next page.*", "$1");
        String second = given().when().get(page + "?cursor=" + cursor).then().statusCode(200).extract().asString();
        List<Long> secondIds = onPage(second);
        assertThat(secondIds).hasSize(5).doesNotContainAnyElementsOf(firstIds);

        Forms.Csrf csrf = Forms.csrfFrom(page);
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("cursor", cursor).formParam("points." + secondIds.get(0), "2").when().post(page).then().statusCode(303)
                .header("Location", containsString("cursor=" + cursor));
        // Saving the first page (its 20 fields, one with points) keeps the points given on the second.
        io.restassured.specification.RequestSpecification save = given().redirects().follow(false)
                .cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
        for (Long id : firstIds) {
            save.formParam("points." + id, id.equals(firstIds.get(3)) ? "1" : "0");
        }
        save.when().post(page).then().statusCode(303);
        long voter = Fixtures.count("select id from person where subject = 'ballot-pager'");
        assertThat(Fixtures.count("select coalesce(sum(points), 0) from vote where voter_id = " + voter)).isEqualTo(3);

        String mine = given().when().get(page + "?mine=true").then().statusCode(200)
                .body(containsString("Used: 3 · Left: 2")).extract().asString();
        assertThat(onPage(mine)).containsExactlyInAnyOrder(secondIds.get(0), firstIds.get(3));
        String title = Fixtures.fresh(() -> org.semillero.team.Submission.<org.semillero.team.Submission>findById(
                secondIds.get(0)).title);
        String found = given().queryParam("q", title).when().get(page).then().statusCode(200).extract().asString();
        assertThat(onPage(found)).as(title).contains(secondIds.get(0));
        given().when().get(page + "?team=abc").then().statusCode(400);
        given().when().get(page).then().body(not(containsString("vote.field")));

        // The API's twin of the page: the same pages, filters and totals, in JSON.
        String api = "/api/v1/events/" + v.event().slug + "/ballot/entries";
        List<Long> apiFirst = given().when().get(api).then().statusCode(200).body("total", equalTo(25))
                .body("used", equalTo(3)).body("left", equalTo(2)).body("given.size()", equalTo(2))
                .extract().jsonPath().getList("entries.submissionId", Long.class);
        assertThat(apiFirst).isEqualTo(firstIds);
        String next = given().when().get(api).then().extract().path("next");
        assertThat(given().queryParam("cursor", next).when().get(api).then().statusCode(200).extract().jsonPath()
                .getList("entries.submissionId", Long.class)).isEqualTo(secondIds);
        assertThat(given().queryParam("mine", "true").when().get(api).then().statusCode(200).extract().jsonPath()
                .getList("entries.submissionId", Long.class)).containsExactlyInAnyOrder(secondIds.get(0), firstIds.get(3));
        given().queryParam("team", "abc").when().get(api).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }
}
