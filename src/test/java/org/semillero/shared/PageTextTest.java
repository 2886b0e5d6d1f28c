package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.semillero.shared.i18n.Messages;
import org.semillero.support.Fixtures;

/**
 * Every main page, in English and in Spanish, shows words and not message keys (a text such as
 * "vote.field.points" or "jury_tie_VOTERS" means a key was looked up and not found), and
 * declares its language.
 */
@QuarkusTest
@TestSecurity(user = "page-reader", roles = {"officer", "organizer", "innovation-office", "admin"})
class PageTextTest {

    /** A dotted word in the text of a page (not in an attribute): what a key looks like. */
    private static final Pattern DOTTED = Pattern.compile("\\b([a-z][a-zA-Z0-9-]*(?:[._][a-zA-Z0-9_-]+)+)\\b");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");

    /** The first segments of the bundle's keys (ballot, results, jury…): a dotted word starting so is a key. */
    private static final java.util.Set<String> PREFIXES = Messages.BUNDLES.stream().flatMap(b -> java.util.Arrays.stream(b.getMethods()))
            .map(m -> m.getName().split("_")[0]).collect(java.util.stream.Collectors.toSet());

    static List<String> keysIn(String html) {
        List<String> keys = new ArrayList<>();
        Matcher text = TEXT.matcher(html);
        while (text.find()) {
            Matcher dotted = DOTTED.matcher(text.group(1));
            while (dotted.find()) {
                String word = dotted.group(1);
                if (PREFIXES.contains(word.split("[._]")[0]) && !word.matches(".*\\.(csv|json|png|html)$")) {
                    keys.add(word);
                }
            }
        }
        return keys;
    }

    @Test
    void the_check_finds_keys_that_were_not_translated() {
        assertThat(keysIn("<p>vote.field.points.20: At most 3</p><a href=\"/ballot.html\">ballot.title</a>"))
                .containsExactly("vote.field.points.20", "ballot.title");
        assertThat(keysIn("<p>jury_tie_VOTERS</p>")).containsExactly("jury_tie_VOTERS");
        assertThat(keysIn("<p>Download results.csv from semillero.example.org, e.g. now</p>")).isEmpty();
    }

    @Inject
    Fixtures fixtures;

    @Test
    void main_pages_show_no_message_keys_in_either_language() {
        Fixtures.Voting voting = fixtures.voting(2, null);
        Fixtures.Theme theme = fixtures.theme();
        long idea = fixtures.boxIdea("Readable idea").id;
        String slug = voting.event().slug;
        List<String> pages = List.of("/", "/events", "/events/" + slug, "/events/" + slug + "/teams",
                "/events/" + slug + "/ballot", "/events/" + slug + "/jury", "/events/" + slug + "/submissions",
                "/events/" + theme.event().slug + "/teams/new", "/teams/" + voting.teams().get(0).id,
                "/challenges", "/challenges/" + theme.challenge().id, "/challenges/new", "/ideas", "/ideas/" + idea,
                "/ideas/new", "/projects", "/review", "/dashboard", "/profile", "/admin/audit", "/help/results",
                "/no/such/page");
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            for (String page : pages) {
                String html = given().header("Accept-Language", language).when().get(page).then()
                        .statusCode(page.startsWith("/no/") ? 404 : 200).extract().asString();
                assertThat(html).as(page).contains("<html lang=\"" + language + "\">");
                keysIn(html.substring(html.indexOf("<body"))).forEach(key -> found.add(language + " " + page + ": " + key));
            }
        }
        assertThat(found).isEmpty();
    }
}
