package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Security headers, error pages and the operational endpoints. */
@QuarkusTest
class WebBasicsTest {

    @Test
    void every_page_carries_strict_security_headers() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Set-Cookie", containsStringIgnoringCase("httponly"))
                .header("Set-Cookie", containsString("SameSite=Lax"));
        given().when().get("/static/app.css").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void every_answer_carries_a_request_id_taken_from_the_caller_when_it_is_a_plain_token() {
        String generated = given().when().get("/").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        given().header("X-Request-Id", "proxy-42.a:b").when().get("/api/v1/nothing-here").then().statusCode(404)
                .header("X-Request-Id", "proxy-42.a:b");
        String replaced = given().header("X-Request-Id", "bad id\r\ninjected").when().get("/").then()
                .extract().header("X-Request-Id");
        assertThat(replaced).matches("[0-9a-f-]{36}");
        String tooLong = given().header("X-Request-Id", "x".repeat(65)).when().get("/").then()
                .extract().header("X-Request-Id");
        assertThat(tooLong).hasSize(36);
    }

    @Test
    void pages_have_landmarks_a_skip_link_and_a_language_switcher() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<a class=\"skip-link\" href=\"#main\">"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("<nav aria-label="))
                .body(containsString("<label for=\"lang-switch\">"));
    }

    @Test
    @TestSecurity(user = "ana-web", roles = "officer")
    void unknown_pages_and_api_paths_get_friendly_answers() {
        given().when().get("/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is nothing at this address."))
                // The header of a signed-in person, not a signed-out one.
                .body(containsString("Signed in as ana-web")).body(containsString("<a href=\"/ideas\">"));
        given().header("Accept-Language", "es").when().get("/no/such/page").then().statusCode(404)
                .header("Content-Language", "es").body(containsString("<html lang=\"es\">"))
                .body(containsString("No encontrado")).body(containsString("Sesión iniciada como ana-web"));
        given().header("Accept-Language", "es").when().delete("/ideas").then().statusCode(405)
                .body(containsString("<html lang=\"es\">")).body(containsString("<a href=\"/ideas\">"));
        // No page matched, so no form token: the switcher and sign-out are one link away, in Spanish.
        given().header("Accept-Language", "es").when().get("/no/such/page").then()
                .body(containsString("<a class=\"button secondary\" href=\"/account\">Idioma y cierre de sesión</a>"))
                .body(not(containsString("action=\"/logout\"")));
        given().header("Accept-Language", "es").when().get("/account").then().statusCode(200)
                .body(containsString("<h1>Idioma y cierre de sesión</h1>"))
                .body(containsString("<input type=\"radio\" name=\"lang\" value=\"es\" checked>"))
                .body(containsString("action=\"/logout\""));
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:semillero:problem:not-found"));
        given().contentType("text/plain").body("hello").when().post("/api/v1/events").then().statusCode(415)
                .contentType("application/problem+json");
        given().when().delete("/api/v1/events").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ana-web", roles = "officer")
    void an_error_on_a_page_keeps_the_language_switcher_and_sign_out() {
        given().header("Accept-Language", "es").when().get("/ideas/987654321").then().statusCode(404)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("<form method=\"post\" action=\"/language\" class=\"inline\">"))
                .body(containsString("<form method=\"post\" action=\"/logout\" class=\"inline\">"))
                .body(containsString("Cerrar sesión"));
        // Refused before the page ran (a role it lacks): the link instead of forms without a token.
        given().header("Accept-Language", "es").when().get("/admin/audit").then().statusCode(403)
                .body(containsString("href=\"/account\">Idioma y cierre de sesión</a>"));
    }

    @Test
    void health_metrics_and_openapi_are_served() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/events'.post.summary", containsString("Create an event"));
    }
}
