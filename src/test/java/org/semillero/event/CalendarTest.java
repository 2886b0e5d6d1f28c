package org.semillero.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;
import org.semillero.team.Team;

@QuarkusTest
class CalendarTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "calendar-reader", roles = "officer")
    void an_events_phases_download_as_icalendar_in_the_readers_language_and_drafts_stay_hidden() {
        Event event = Fixtures.fresh(() -> fixtures.event(EventPhase.IDEATION));
        String ics = given().header("Accept-Language", "es").when().get("/events/" + event.slug + "/calendar.ics").then()
                .statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("END:VCALENDAR");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(5);
        assertThat(ics).contains("SUMMARY:" + event.title + ": Ideación").contains("UID:event-" + event.id + "-VOTING@semillero")
                .contains("URL:http://localhost:8080/events/" + event.slug);
        Event draft = Fixtures.fresh(() -> fixtures.event(EventPhase.DRAFT));
        given().when().get("/events/" + draft.slug + "/calendar.ics").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "calendar-owner", roles = "officer")
    void the_personal_feed_lists_the_events_one_takes_part_in_and_a_new_address_retires_the_old_one() {
        given().when().get("/profile").then().statusCode(200).body(not(containsString("id=\"calendar-url\"")));
        long me = Fixtures.count("select id from person where subject = 'calendar-owner'");
        Event mine = Fixtures.fresh(() -> fixtures.event(EventPhase.HACKING));
        Event other = Fixtures.fresh(() -> fixtures.event(EventPhase.HACKING));
        Team team = Fixtures.fresh(() -> fixtures.team(mine, 1));
        Fixtures.execute("insert into team_member (team_id, event_id, person_id) values (" + team.id + ", " + mine.id + ", " + me + ")");

        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(Map.of("action", "renew")).when().post("/profile/calendar").then().statusCode(303);
        String first = given().when().get("/profile").then().statusCode(200).body(containsString("id=\"calendar-url\""))
                .extract().asString().replaceAll("(?s).*/calendar/([A-Za-z0-9_-]+)\\.ics.*", "$1");
        String feed = given().when().get("/calendar/" + first + ".ics").then().statusCode(200).extract().asString();
        assertThat(feed).contains(mine.title).doesNotContain(other.title);

        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(Map.of("action", "renew")).when().post("/profile/calendar").then().statusCode(303);
        given().when().get("/calendar/" + first + ".ics").then().statusCode(404);
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParams(Map.of("action", "off")).when().post("/profile/calendar").then().statusCode(303);
        assertThat(Fixtures.count("select count(*) from calendar_feed where person_id = " + me)).isZero();
        given().when().get("/calendar/" + "x".repeat(43) + ".ics").then().statusCode(404);
    }
}
