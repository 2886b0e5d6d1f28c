package org.semillero.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.semillero.event.Event;
import org.semillero.event.EventPhase;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;

@QuarkusTest
class ChallengeApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ChallengeService challenges;

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("service", "Vehicle registration");
        body.put("problem", "Citizens queue for hours to renew a licence.");
        body.put("affected", "CITIZENS");
        body.put("evidence", "Queue counts at three offices");
        body.put("evidenceValue", 3.5);
        body.put("evidenceUnit", "hours average wait");
        return body;
    }

    @Test
    @TestSecurity(user = "ana-ch", roles = "officer")
    void an_officer_records_a_challenge_with_evidence() {
        int id = given().contentType(ContentType.JSON).body(body("Licence renewal queues"))
                .when().post("/api/v1/challenges")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("evidenceUnit", equalTo("hours average wait"))
                .extract().path("id");
        given().when().get("/api/v1/challenges/" + id).then().statusCode(200)
                .body("title", equalTo("Licence renewal queues"));
    }

    @Test
    @TestSecurity(user = "ana-ch", roles = "officer")
    void invalid_challenges_are_refused_and_nothing_is_written() {
        long before = Fixtures.count("select count(*) from challenge");
        Map<String, Object> body = body("");
        body.put("affected", "ALIENS");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/challenges")
                .then().statusCode(400).body("errors[0].field", equalTo("affected"));
        body.put("affected", "BOTH");
        body.remove("evidenceUnit");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/challenges")
                .then().statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("evidenceUnit"));
        body.put("title", "t".repeat(201));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/challenges")
                .then().statusCode(400).body("errors.field", hasItem("title"));
        assertThat(Fixtures.count("select count(*) from challenge")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "ana-ch", roles = "officer")
    void officers_add_one_plus_one_each_and_can_withdraw_it() throws Exception {
        Challenge challenge = challenges.record(fixtures.officer(Fixtures.unique("other")),
                Fixtures.challengeInput("Plus one " + Fixtures.unique("c")));
        List<Callable<Integer>> clicks = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clicks.add(() -> given().contentType(ContentType.JSON).when().post("/api/v1/challenges/" + challenge.id + "/supports").statusCode());
        }
        List<Integer> statuses = Parallel.run(clicks);
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201).count()).as("created exactly once").isEqualTo(1);
        given().when().get("/api/v1/challenges/" + challenge.id).then()
                .body("supportCount", equalTo(1)).body("supportedByMe", equalTo(true));
        given().contentType(ContentType.JSON).when().delete("/api/v1/challenges/" + challenge.id + "/supports/me").then().statusCode(200)
                .body("supportCount", equalTo(0));
        given().contentType(ContentType.JSON).when().delete("/api/v1/challenges/" + challenge.id + "/supports/me").then().statusCode(200)
                .body("supportCount", equalTo(0));
    }

    @Test
    @TestSecurity(user = "ana-ch", roles = "officer")
    void officers_cannot_review_and_cannot_plus_one_their_own() {
        int id = given().contentType(ContentType.JSON).body(body("Own challenge")).when().post("/api/v1/challenges")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).when().post("/api/v1/challenges/" + id + "/supports").then().statusCode(409)
                .body("type", equalTo("urn:semillero:problem:own-challenge"));
        given().contentType(ContentType.JSON).body(Map.of("action", "ACCEPT"))
                .when().post("/api/v1/challenges/" + id + "/transitions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "olga-ch", roles = {"officer", "organizer"})
    void organizers_accept_decline_with_reason_and_attach_to_events() {
        Actor someone = fixtures.officer(Fixtures.unique("reporter"));
        Challenge first = challenges.record(someone, Fixtures.challengeInput("Accept me"));
        Challenge second = challenges.record(someone, Fixtures.challengeInput("Decline me"));
        Event event = fixtures.event(EventPhase.IDEATION);

        given().contentType(ContentType.JSON).body(Map.of("challengeId", first.id))
                .when().post("/api/v1/events/" + event.slug + "/challenges").then().statusCode(409)
                .body("type", equalTo("urn:semillero:problem:challenge-not-accepted"));
        given().contentType(ContentType.JSON).body(Map.of("action", "ACCEPT"))
                .when().post("/api/v1/challenges/" + first.id + "/transitions").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().contentType(ContentType.JSON).body(Map.of("action", "ACCEPT"))
                .when().post("/api/v1/challenges/" + first.id + "/transitions").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("challengeId", first.id))
                .when().post("/api/v1/events/" + event.slug + "/challenges").then().statusCode(201);
        given().when().get("/api/v1/events/" + event.slug + "/challenges").then().statusCode(200)
                .body("id", hasItem(first.id.intValue()));

        given().contentType(ContentType.JSON).body(Map.of("action", "DECLINE"))
                .when().post("/api/v1/challenges/" + second.id + "/transitions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("action", "DECLINE", "reason", "Out of scope"))
                .when().post("/api/v1/challenges/" + second.id + "/transitions").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("Out of scope"));
        given().contentType(ContentType.JSON).body(Map.of("action", "PARTY"))
                .when().post("/api/v1/challenges/" + second.id + "/transitions").then().statusCode(400);

        Event voting = fixtures.event(EventPhase.VOTING);
        given().contentType(ContentType.JSON).body(Map.of("challengeId", first.id))
                .when().post("/api/v1/events/" + voting.slug + "/challenges").then().statusCode(409)
                .body("type", equalTo("urn:semillero:problem:wrong-phase"));
    }

    @Test
    @TestSecurity(user = "olga-ch", roles = {"officer", "organizer"})
    void merging_moves_plus_ones_onto_the_survivor_without_double_counting() {
        Actor a = fixtures.officer(Fixtures.unique("a"));
        Actor b = fixtures.officer(Fixtures.unique("b"));
        Actor c = fixtures.officer(Fixtures.unique("c"));
        Challenge survivor = challenges.record(a, Fixtures.challengeInput("Original"));
        Challenge duplicate = challenges.record(b, Fixtures.challengeInput("Duplicate"));
        challenges.support(b, survivor.id);
        challenges.support(c, survivor.id);
        challenges.support(c, duplicate.id);
        challenges.support(a, duplicate.id);

        given().contentType(ContentType.JSON).body(Map.of("action", "MERGE", "into", duplicate.id))
                .when().post("/api/v1/challenges/" + duplicate.id + "/transitions").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("action", "MERGE", "into", survivor.id))
                .when().post("/api/v1/challenges/" + duplicate.id + "/transitions").then().statusCode(200)
                .body("id", equalTo(survivor.id.intValue()))
                .body("supportCount", equalTo(2));
        given().when().get("/api/v1/challenges/" + duplicate.id).then()
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo(survivor.id.intValue()))
                .body("supportCount", equalTo(0));
        given().queryParam("status", "OPEN").queryParam("size", 100).when().get("/api/v1/challenges").then()
                .statusCode(200).body("items.id", not(hasItem(duplicate.id.intValue())));
        given().queryParam("status", "NOPE").when().get("/api/v1/challenges").then().statusCode(400);
    }
}
