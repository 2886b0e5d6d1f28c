package org.semillero.idea;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.semillero.event.EventPhase;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;

@QuarkusTest
class IdeaApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    IdeaService ideas;

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("problem", "Paper forms are retyped by hand.");
        body.put("solution", "A web form that feeds the case system directly.");
        body.put("benefitCitizens", "Answers in days, not weeks");
        body.put("tags", List.of("Forms", "automation", "forms"));
        return body;
    }

    @Test
    @TestSecurity(user = "bruno-idea", roles = "officer")
    void an_officer_drafts_submits_and_edits_an_idea_box_idea_with_versions() {
        int id = given().contentType(ContentType.JSON).body(body("Digital intake form"))
                .when().post("/api/v1/ideas")
                .then().statusCode(201).body("state", equalTo("DRAFT"))
                .body("tags", contains("automation", "forms"))
                .body("eventSlug", nullValue())
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                .when().post("/api/v1/ideas/" + id + "/transitions").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        given().contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                .when().post("/api/v1/ideas/" + id + "/transitions").then().statusCode(409)
                .body("type", equalTo("urn:semillero:problem:idea-transition"));

        Map<String, Object> edit = body("Digital intake form for permits");
        edit.put("version", given().get("/api/v1/ideas/" + id).path("version"));
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/ideas/" + id)
                .then().statusCode(200).body("title", equalTo("Digital intake form for permits"));
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/ideas/" + id)
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:stale-version"));

        given().when().get("/api/v1/ideas/" + id + "/versions").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].number", equalTo(2))
                .body("[0].editedBy", equalTo("bruno-idea"))
                .body("[0].changes.title.from", equalTo("Digital intake form"))
                .body("[0].changes.title.to", equalTo("Digital intake form for permits"))
                .body("[0].changes", not(hasKey("problem")));
    }

    @Test
    @TestSecurity(user = "bruno-idea", roles = "officer")
    void others_cannot_edit_or_see_drafts_by_changing_the_id() {
        Actor stranger = fixtures.officer(Fixtures.unique("stranger"));
        Idea draft = ideas.propose(stranger, Fixtures.ideaInput("Secret draft", null, null), false);
        Idea published = ideas.propose(stranger, Fixtures.ideaInput("Published", null, null), true);
        given().when().get("/api/v1/ideas/" + draft.id).then().statusCode(404);
        Map<String, Object> edit = body("Hijacked");
        edit.put("version", published.version);
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/ideas/" + published.id)
                .then().statusCode(403);
        edit.put("version", draft.version);
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/ideas/" + draft.id)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("action", "WITHDRAW"))
                .when().post("/api/v1/ideas/" + published.id + "/transitions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("action", "SHORTLIST"))
                .when().post("/api/v1/ideas/" + published.id + "/transitions").then().statusCode(403);
        given().when().get("/api/v1/ideas/" + published.id).then().body("title", equalTo("Published"));
    }

    @Test
    @TestSecurity(user = "bruno-idea", roles = "officer")
    void event_ideas_answer_a_theme_and_only_during_ideation() {
        Fixtures.Theme theme = fixtures.theme();
        Map<String, Object> body = body("Appointments for certificates");
        body.put("eventSlug", theme.event().slug);
        body.put("challengeId", theme.challenge().id);
        given().contentType(ContentType.JSON).body(body).queryParam("submit", true).when().post("/api/v1/ideas")
                .then().statusCode(201).body("state", equalTo("SUBMITTED"))
                .body("eventSlug", equalTo(theme.event().slug))
                .body("challengeId", equalTo(theme.challenge().id.intValue()));

        Map<String, Object> orphan = new HashMap<>(body);
        orphan.remove("challengeId");
        given().contentType(ContentType.JSON).body(orphan).when().post("/api/v1/ideas")
                .then().statusCode(400).body("errors[0].field", equalTo("challengeId"));

        Map<String, Object> notTheme = new HashMap<>(body);
        notTheme.put("challengeId", fixtures.theme().challenge().id);
        given().contentType(ContentType.JSON).body(notTheme).when().post("/api/v1/ideas")
                .then().statusCode(400).body("errors[0].field", equalTo("challengeId"));

        Map<String, Object> late = new HashMap<>(body);
        late.put("eventSlug", fixtures.event(EventPhase.HACKING).slug);
        given().contentType(ContentType.JSON).body(late).when().post("/api/v1/ideas")
                .then().statusCode(409).body("type", equalTo("urn:semillero:problem:wrong-phase"));
    }

    @Test
    @TestSecurity(user = "bruno-idea", roles = "officer")
    void co_authors_are_listed_only_after_accepting_and_then_may_edit() {
        Actor author = fixtures.officer(Fixtures.unique("lead"));
        long bruno = fixtures.person("bruno-idea").id;
        IdeaInputs.IdeaInput input = new IdeaInputs.IdeaInput("Shared idea", "p", "s", null, null, null, null, List.of(),
                List.of(bruno), null, null, null);
        Idea idea = ideas.propose(author, input, true);
        given().when().get("/api/v1/ideas/" + idea.id).then().body("coauthors", empty());

        Map<String, Object> edit = body("Edited by the co-author");
        edit.put("version", idea.version);
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/ideas/" + idea.id).then().statusCode(403);

        given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/ideas/" + idea.id + "/coauthorship").then().statusCode(200)
                .body("coauthors", contains("bruno-idea"));
        given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .when().post("/api/v1/ideas/" + idea.id + "/coauthorship").then().statusCode(409);
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/ideas/" + idea.id).then().statusCode(200);
        given().contentType(ContentType.JSON).when().post("/api/v1/ideas/" + idea.id + "/supports").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "bruno-idea", roles = "officer")
    void unknown_co_authors_and_bad_input_are_refused_and_nothing_is_written() {
        long before = Fixtures.count("select count(*) from idea");
        Map<String, Object> body = body("With a ghost");
        body.put("coauthors", List.of("nobody-by-that-name"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/ideas")
                .then().statusCode(400).body("errors[0].field", equalTo("coauthors"));
        Map<String, Object> big = body("Big");
        big.put("solution", "x".repeat(8001));
        given().contentType(ContentType.JSON).body(big).when().post("/api/v1/ideas")
                .then().statusCode(400).body("errors[0].field", equalTo("solution"));
        Map<String, Object> wrong = body("Wrong");
        wrong.put("tags", "not-a-list");
        given().contentType(ContentType.JSON).body(wrong).when().post("/api/v1/ideas").then().statusCode(400);
        given().contentType(ContentType.JSON).body("[1,2").when().post("/api/v1/ideas").then().statusCode(400);
        assertThat(Fixtures.count("select count(*) from idea")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "olga-idea", roles = {"officer", "organizer"})
    void organizers_shortlist_decline_with_reason_and_invalid_transitions_are_409() {
        Idea first = fixtures.boxIdea("Shortlist me " + Fixtures.unique("i"));
        Idea second = fixtures.boxIdea("Decline me " + Fixtures.unique("i"));
        given().contentType(ContentType.JSON).body(Map.of("action", "SHORTLIST"))
                .when().post("/api/v1/ideas/" + first.id + "/transitions").then().statusCode(200)
                .body("state", equalTo("SHORTLISTED"));
        given().contentType(ContentType.JSON).body(Map.of("action", "SHORTLIST"))
                .when().post("/api/v1/ideas/" + first.id + "/transitions").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("action", "DECLINE"))
                .when().post("/api/v1/ideas/" + second.id + "/transitions").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("action", "DECLINE", "reason", "Already exists"))
                .when().post("/api/v1/ideas/" + second.id + "/transitions").then().statusCode(200)
                .body("state", equalTo("DECLINED")).body("declineReason", equalTo("Already exists"));
        given().contentType(ContentType.JSON).when().post("/api/v1/ideas/" + second.id + "/supports").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                .when().post("/api/v1/ideas/" + second.id + "/transitions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("action", "EXPLODE"))
                .when().post("/api/v1/ideas/" + second.id + "/transitions").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "ana-support", roles = "officer")
    void fifty_concurrent_supports_from_one_officer_leave_exactly_one() throws Exception {
        Idea idea = fixtures.boxIdea("Popular " + Fixtures.unique("i"));
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clicks.add(() -> given().contentType(ContentType.JSON).when().post("/api/v1/ideas/" + idea.id + "/supports").statusCode());
        }
        List<Integer> statuses = Parallel.run(clicks);
        // Exactly one request created the support; every other one answers 200 with the same resource.
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(Fixtures.count("select count(*) from idea_support where idea_id = " + idea.id)).isEqualTo(1);
        given().when().get("/api/v1/ideas/" + idea.id).then().body("supportCount", equalTo(1))
                .body("supportedByMe", equalTo(true));
        given().contentType(ContentType.JSON).when().delete("/api/v1/ideas/" + idea.id + "/supports/me").then().statusCode(200)
                .body("supportCount", equalTo(0));
    }

    @Test
    @TestSecurity(user = "olga-merge", roles = {"officer", "organizer"})
    void merging_moves_supports_onto_the_survivor_without_double_counting() {
        Idea survivor = fixtures.boxIdea("Survivor " + Fixtures.unique("i"));
        Idea duplicate = fixtures.boxIdea("Duplicate " + Fixtures.unique("i"));
        Actor both = fixtures.officer(Fixtures.unique("both"));
        Actor onlyDuplicate = fixtures.officer(Fixtures.unique("dup"));
        ideas.support(both, survivor.id);
        ideas.support(both, duplicate.id);
        ideas.support(onlyDuplicate, duplicate.id);
        given().contentType(ContentType.JSON).body(Map.of("action", "MERGE", "into", survivor.id))
                .when().post("/api/v1/ideas/" + duplicate.id + "/transitions").then().statusCode(200)
                .body("id", equalTo(survivor.id.intValue())).body("supportCount", equalTo(2));
        given().when().get("/api/v1/ideas/" + duplicate.id).then().body("state", equalTo("MERGED"))
                .body("mergedInto", equalTo(survivor.id.intValue())).body("supportCount", equalTo(0));
        assertThat(Fixtures.count("select count(*) from idea_support where idea_id = " + survivor.id)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "ana-search", roles = "officer")
    void search_ignores_accents_and_understands_spanish_and_english() {
        String marker = Fixtures.unique("zq").replace("-", "");
        Idea spanish = ideas.propose(fixtures.officer(Fixtures.unique("es")), new IdeaInputs.IdeaInput(
                "Trámite único " + marker, "El trámite de licencias exige tres visitas.",
                "Un solo formulario en línea.", null, null, null, "Hacienda", List.of("tramites"), List.of(),
                null, null, null), true);
        Idea english = ideas.propose(fixtures.officer(Fixtures.unique("en")), new IdeaInputs.IdeaInput(
                "Shared services " + marker, "Each office runs its own payroll.", "One payroll service.",
                null, null, null, "Treasury", List.of("payroll"), List.of(), null, null, null), true);
        given().queryParam("q", "tramite " + marker).when().get("/api/v1/ideas").then().statusCode(200)
                .body("items.id", contains(spanish.id.intValue()));
        given().queryParam("q", "tramites").queryParam("size", 100).when().get("/api/v1/ideas").then()
                .body("items.id", hasItem(spanish.id.intValue()));
        given().queryParam("q", "service " + marker).when().get("/api/v1/ideas").then()
                .body("items.id", contains(english.id.intValue()));
        given().queryParam("q", marker).queryParam("department", "treasury").when().get("/api/v1/ideas").then()
                .body("items.id", contains(english.id.intValue()));
        given().queryParam("q", marker).queryParam("tag", "Tramites").when().get("/api/v1/ideas").then()
                .body("items.id", contains(spanish.id.intValue()));
        given().queryParam("q", marker).queryParam("sort", "newest").when().get("/api/v1/ideas").then()
                .body("items.id", contains(english.id.intValue(), spanish.id.intValue()));
        given().queryParam("sort", "loudest").when().get("/api/v1/ideas").then().statusCode(400);
        given().queryParam("state", "DRAFT").when().get("/api/v1/ideas").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "ana-similar", roles = "officer")
    void similar_ideas_are_suggested_before_proposing() {
        String marker = Fixtures.unique("kw").replace("-", "");
        Idea existing = ideas.propose(fixtures.officer(Fixtures.unique("x")), new IdeaInputs.IdeaInput(
                "Cita previa para renovar el pasaporte " + marker, "Las colas para renovar pasaportes son enormes.",
                "Cita previa en línea.", null, null, null, null, List.of(), List.of(), null, null, null), true);
        given().queryParam("title", "cita previa pasaporte " + marker)
                .queryParam("problem", "colas para renovar el pasaporte")
                .when().get("/api/v1/ideas/similar").then().statusCode(200)
                .body("id", hasItem(existing.id.intValue()));
        given().queryParam("title", "zzzz qqqq").when().get("/api/v1/ideas/similar").then().statusCode(200)
                .body("id", not(hasItem(existing.id.intValue())));
    }

    @Test
    @TestSecurity(user = "ana-comments", roles = "officer")
    void comments_have_one_reply_level_and_only_authors_edit_them() {
        Idea idea = fixtures.boxIdea("Discuss me " + Fixtures.unique("i"));
        String location = given().contentType(ContentType.JSON).body(Map.of("body", "Great idea"))
                .when().post("/api/v1/ideas/" + idea.id + "/comments").then().statusCode(201)
                .extract().header("Location");
        long commentId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String replyLocation = given().contentType(ContentType.JSON)
                .body(Map.of("body", "Agreed", "parentId", commentId))
                .when().post("/api/v1/ideas/" + idea.id + "/comments").then().statusCode(201)
                .extract().header("Location");
        long replyId = Long.parseLong(replyLocation.substring(replyLocation.lastIndexOf('/') + 1));
        given().contentType(ContentType.JSON).body(Map.of("body", "Too deep", "parentId", replyId))
                .when().post("/api/v1/ideas/" + idea.id + "/comments").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("body", " "))
                .when().post("/api/v1/ideas/" + idea.id + "/comments").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("body", "Great idea, really"))
                .when().put("/api/v1/comments/" + commentId).then().statusCode(204);
        given().contentType(ContentType.JSON).when().post("/api/v1/comments/" + commentId + "/hide").then().statusCode(403);
        given().when().get("/api/v1/ideas/" + idea.id + "/comments").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].body", equalTo("Great idea, really"))
                .body("items[0].editable", equalTo(true))
                .body("items[0].replies[0].body", equalTo("Agreed"));
        given().when().get("/api/v1/ideas/" + idea.id).then().body("commentCount", equalTo(2));
    }
}
