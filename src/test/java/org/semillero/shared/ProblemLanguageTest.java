package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The API's refusals that come from the HTTP layer rather than from a feature (no token, no such
 * path, wrong method, wrong Accept or Content-Type, too large) are problem+json in the caller's
 * language, with Content-Language saying which.
 */
@QuarkusTest
class ProblemLanguageTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String lang, String title) {
        return response.statusCode(status).contentType("application/problem+json")
                .header("Content-Language", lang).body("status", equalTo(status)).body("title", equalTo(title));
    }

    @Test
    void a_missing_token_is_refused_in_spanish_and_in_english() {
        problem(given().header("Accept-Language", "es-ES,es;q=0.9").get("/api/v1/ideas").then(), 401, "es",
                "Debe iniciar sesión");
        problem(given().header("Accept-Language", "en").get("/api/v1/ideas").then(), 401, "en",
                "Sign-in required");
    }

    @Test
    @TestSecurity(user = "lang-officer", roles = "officer")
    void framework_refusals_follow_accept_language() {
        problem(given().header("Accept-Language", "es").get("/api/v1/no-such-thing").then(), 404, "es",
                "No encontrado");
        problem(given().header("Accept-Language", "es").delete("/api/v1/ideas").then(), 405, "es",
                "Método no permitido");
        problem(given().header("Accept-Language", "es").accept("application/xml").get("/api/v1/ideas").then(), 406, "es",
                "Formato no aceptable");
        problem(given().header("Accept-Language", "es").contentType("application/xml").body("<idea/>")
                .post("/api/v1/ideas").then(), 415, "es", "Tipo de contenido no admitido");
        problem(given().header("Accept-Language", "es").contentType("application/json")
                .body("{\"title\":\"" + "x".repeat(300_000) + "\"}").post("/api/v1/ideas").then(), 413, "es",
                "Solicitud demasiado grande");
        problem(given().header("Accept-Language", "en").get("/api/v1/no-such-thing").then(), 404, "en", "Not found");
    }
}
