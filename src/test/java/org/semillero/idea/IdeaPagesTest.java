package org.semillero.idea;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.semillero.challenge.Affected;
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeInputs;
import org.semillero.challenge.ChallengeService;
import org.semillero.comment.Comment;
import org.semillero.comment.CommentService;
import org.semillero.comment.CommentTarget;
import org.semillero.shared.security.Actor;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

/** Challenge, idea, comment and review pages, as people use them. */
@QuarkusTest
class IdeaPagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    @Inject
    Fixtures fixtures;

    @Inject
    ChallengeService challenges;

    @Inject
    IdeaService ideas;

    @Inject
    CommentService comments;

    private static RequestSpecification form(Forms.Csrf csrf) {
        return given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token());
    }

    @Test
    @TestSecurity(user = "ana-pages-ch", roles = "officer")
    void an_officer_records_a_challenge_through_the_form_and_sees_errors_in_place() {
        long before = Fixtures.count("select count(*) from challenge");
        Forms.Csrf csrf = Forms.csrfFrom("/challenges/new");
        form(csrf).formParam("title", "").formParam("service", "Registry").formParam("problem", "Slow")
                .formParam("affected", "").formParam("evidenceValue", "many").when().post("/challenges")
                .then().statusCode(400)
                .body(containsString("Short title: This field is required."))
                .body(containsString("Enter a number"))
                .body(containsString("value=\"many\""));
        assertThat(Fixtures.count("select count(*) from challenge")).isEqualTo(before);

        Response created = form(csrf).formParam("title", "Paper forms everywhere").formParam("service", "Registry")
                .formParam("problem", "Everything is on paper").formParam("affected", "BOTH")
                .formParam("evidenceValue", "12,5").formParam("evidenceUnit", "days").when().post("/challenges");
        assertThat(created.statusCode()).isEqualTo(303);
        given().when().get(created.getHeader("Location")).then().statusCode(200)
                .body(containsString("Paper forms everywhere")).body(containsString("12.5 days"));
        // On a Spanish page "1.200" is twelve hundred, shown as 1.200 (and as 1,200 in English).
        Response spanish = form(csrf).header("Accept-Language", "es").formParam("title", "Colas en el registro")
                .formParam("service", "Registro").formParam("problem", "Esperas largas").formParam("affected", "BOTH")
                .formParam("evidenceValue", "1.200").formParam("evidenceUnit", "quejas").when().post("/challenges");
        assertThat(spanish.statusCode()).isEqualTo(303);
        given().header("Accept-Language", "es").when().get(spanish.getHeader("Location")).then()
                .body(containsString("1.200 quejas"));
        given().header("Accept-Language", "en").when().get(spanish.getHeader("Location")).then()
                .body(containsString("1,200 quejas"));
    }

    @Test
    @TestSecurity(user = "bruno-pages-idea", roles = "officer")
    void checking_for_similar_ideas_writes_nothing_and_submitting_creates_the_idea() {
        String marker = Fixtures.unique("sim").replace("-", "");
        Idea existing = ideas.propose(fixtures.officer(Fixtures.unique("x")), new IdeaInputs.IdeaInput(
                "Ventanilla única digital " + marker, "Cada trámite exige una ventanilla distinta.", "Una sola.",
                null, null, null, null, List.of(), List.of(), null, null, null), true);
        long before = Fixtures.count("select count(*) from idea");
        Forms.Csrf csrf = Forms.csrfFrom("/ideas/new");
        form(csrf).formParam("placement", "box").formParam("title", "Ventanilla unica digital " + marker)
                .formParam("problem", "Cada tramite exige una ventanilla distinta").formParam("action", "check")
                .when().post("/ideas").then().statusCode(200)
                .body(containsString("Similar ideas"))
                .body(containsString("/ideas/" + existing.id));
        assertThat(Fixtures.count("select count(*) from idea")).isEqualTo(before);

        Response created = form(csrf).formParam("placement", "box").formParam("title", "Another " + marker)
                .formParam("problem", "p").formParam("solution", "s").formParam("tags", "one, two")
                .formParam("action", "submit").when().post("/ideas");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.getCookie("semillero-flash")).isEqualTo("flash.idea.submitted");
        given().when().get(created.getHeader("Location")).then().statusCode(200)
                .body(containsString("Another " + marker)).body(containsString("Submitted"));

        form(csrf).formParam("placement", "box").formParam("title", "").formParam("problem", "")
                .formParam("solution", "").formParam("action", "submit").when().post("/ideas")
                .then().statusCode(400).body(containsString("Title: This field is required."));
    }

    @Test
    @TestSecurity(user = "ana-pages-support", roles = "officer")
    void supporting_and_commenting_through_the_idea_page() {
        Idea idea = fixtures.boxIdea("Support me on the page " + Fixtures.unique("i"));
        Forms.Csrf csrf = Forms.csrfFrom("/ideas/" + idea.id);
        form(csrf).when().post("/ideas/" + idea.id + "/support").then().statusCode(303)
                .cookie("semillero-flash", "flash.idea.supported");
        form(csrf).formParam("body", "Line one\nline two").when().post("/ideas/" + idea.id + "/comments")
                .then().statusCode(303);
        form(csrf).formParam("body", "").when().post("/ideas/" + idea.id + "/comments")
                .then().statusCode(400).body(containsString("This field is required."));
        given().when().get("/ideas/" + idea.id).then().statusCode(200)
                .body(containsString("Supports: 1"))
                .body(containsString("Withdraw my support"))
                .body(containsString("Line one\nline two"));
    }

    @Test
    @TestSecurity(user = "olga-pages-mod", roles = {"officer", "organizer"})
    void a_hidden_comment_shows_as_hidden_by_a_moderator() {
        Idea idea = fixtures.boxIdea("Moderate me " + Fixtures.unique("i"));
        Comment comment = comments.add(fixtures.officer(Fixtures.unique("rude")), CommentTarget.idea(idea.id), null,
                "Something rude");
        Forms.Csrf csrf = Forms.csrfFrom("/ideas/" + idea.id);
        form(csrf).when().post("/comments/" + comment.id + "/hide").then().statusCode(303)
                .header("Location", endsWith("/ideas/" + idea.id + "#comment-" + comment.id));
        given().when().get("/ideas/" + idea.id).then()
                .body(containsString("Hidden by a moderator."))
                .body(not(containsString("Something rude")));
        assertThat(Fixtures.count("select count(*) from comment where id = " + comment.id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "ana-pages-edit", roles = "officer")
    void only_the_author_edits_a_comment_from_the_page() {
        Idea idea = fixtures.boxIdea("Comment edits " + Fixtures.unique("i"));
        Comment mine = comments.add(fixtures.officer("ana-pages-edit"), CommentTarget.idea(idea.id), null, "Typo hre");
        Comment theirs = comments.add(fixtures.officer(Fixtures.unique("other")), CommentTarget.idea(idea.id), null,
                "Not yours");
        Forms.Csrf csrf = Forms.csrfFrom("/ideas/" + idea.id);
        form(csrf).formParam("body", "Typo here").when().post("/comments/" + mine.id + "/edit").then().statusCode(303);
        form(csrf).formParam("body", "Hijacked").when().post("/comments/" + theirs.id + "/edit").then().statusCode(403);
        form(csrf).when().post("/comments/" + theirs.id + "/hide").then().statusCode(403);
        given().when().get("/ideas/" + idea.id).then().body(containsString("Typo here"))
                .body(containsString("Not yours")).body(not(containsString("Hijacked")));
    }

    @Test
    @TestSecurity(user = "olga-pages-xss", roles = {"officer", "organizer"})
    void stored_script_in_every_text_field_is_rendered_escaped_on_every_page() {
        Actor author = fixtures.officer(Fixtures.unique("xss"));
        Challenge challenge = challenges.record(author, new ChallengeInputs.ChallengeInput(SCRIPT, SCRIPT, SCRIPT, Affected.BOTH,
                SCRIPT, java.math.BigDecimal.ONE, SCRIPT, SCRIPT));
        Fixtures.Theme theme = fixtures.theme();
        Idea idea = ideas.propose(author, new IdeaInputs.IdeaInput(SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT,
                List.of(SCRIPT), List.of(), theme.event().slug, theme.challenge().id, null), true);
        comments.add(author, CommentTarget.idea(idea.id), null, SCRIPT);
        comments.add(author, CommentTarget.challenge(challenge.id), null, SCRIPT);
        ideas.update(author, idea.id, new IdeaInputs.IdeaInput(SCRIPT + "!", SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT,
                List.of(SCRIPT), null, null, null, idea.version));

        for (String page : List.of("/challenges", "/challenges?q=alert", "/challenges/" + challenge.id, "/ideas",
                "/ideas/" + idea.id, "/review", "/events/" + theme.event().slug, "/")) {
            String html = given().when().get(page).then().statusCode(200).extract().asString();
            assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain("<script");
        }
        assertThat(given().when().get("/ideas/" + idea.id).asString()).contains(ESCAPED);
        assertThat(given().when().get("/challenges/" + challenge.id).asString()).contains(ESCAPED);
    }

    @Test
    @TestSecurity(user = "olga-pages-csv", roles = {"officer", "organizer"})
    void organizers_export_an_events_ideas_as_utf8_csv_with_bom() {
        Fixtures.Theme theme = fixtures.theme();
        Actor author = fixtures.officer(Fixtures.unique("csv"));
        ideas.propose(author, new IdeaInputs.IdeaInput("Trámite \"único\", sin colas", "Problema", "Solución", null, null, null,
                null, List.of(), List.of(), theme.event().slug, theme.challenge().id, null), true);
        ideas.propose(author, new IdeaInputs.IdeaInput("=HYPERLINK(\"x\")", "p", "s", null, null, null, null, List.of(),
                List.of(), theme.event().slug, theme.challenge().id, null), true);
        Response csv = given().queryParam("event", theme.event().slug).when().get("/ideas/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        byte[] bytes = csv.asByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"id\",\"title\",\"state\"");
        assertThat(text).contains("\"Trámite \"\"único\"\", sin colas\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(text.lines().count()).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "nora-home", roles = "officer")
    void home_lists_my_drafts_and_invitations_to_co_author() {
        Actor me = fixtures.officer("nora-home");
        long nora = me.personId();
        ideas.propose(me, Fixtures.ideaInput("My own draft", null, null), false);
        ideas.propose(fixtures.officer(Fixtures.unique("inviter")), new IdeaInputs.IdeaInput("Join me", "p", "s", null, null, null,
                null, List.of(), List.of(nora), null, null, null), true);
        given().when().get("/").then().statusCode(200)
                .body(containsString("Waiting for you"))
                .body(containsString("My own draft"))
                .body(containsString("Join me"))
                .body(containsString("you are invited to co-author"));
    }

    @Test
    @TestSecurity(user = "ana-pages-officer", roles = "officer")
    void officers_cannot_open_the_review_queue_or_export_and_cannot_see_others_drafts() {
        Fixtures.Theme theme = fixtures.theme();
        given().redirects().follow(false).when().get("/review").then().statusCode(403);
        given().queryParam("event", theme.event().slug).when().get("/ideas/export.csv").then().statusCode(403);
        Idea draft = ideas.propose(fixtures.officer(Fixtures.unique("d")), Fixtures.ideaInput("Draft", null, null), false);
        given().when().get("/ideas/" + draft.id).then().statusCode(404);
        given().when().get("/ideas/" + draft.id + "/edit").then().statusCode(404);
        given().when().get("/ideas?state=NOPE").then().statusCode(400);
    }
}
