package org.semillero.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.support.Forms;

@QuarkusTest
class ProfileTest {

    @Test
    @TestSecurity(user = "pablo-profile", roles = "officer")
    void first_request_creates_the_profile_and_the_officer_edits_it() {
        given().when().get("/api/v1/people/me").then().statusCode(200)
                .body("username", equalTo("pablo-profile"))
                .body("roles", hasItem("officer"));

        given().contentType(ContentType.JSON)
                .body(Map.of("department", "  Social Security ", "skills", List.of("Data Analysis", "law", "data analysis"),
                        "preferredLanguage", "es"))
                .when().put("/api/v1/people/me").then().statusCode(200)
                .body("department", equalTo("Social Security"))
                .body("skills", contains("data analysis", "law"))
                .body("preferredLanguage", equalTo("es"));

        given().when().get("/profile").then().statusCode(200)
                .header("Content-Language", "es")
                .body(containsString("Mi perfil"))
                .body(containsString("value=\"Social Security\""));
    }

    @Test
    @TestSecurity(user = "rosa-profile", roles = "officer")
    void invalid_profile_input_is_refused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("department", "d".repeat(121), "preferredLanguage", "fr"))
                .when().put("/api/v1/people/me").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("department"))
                .body("errors.field", hasItem("preferredLanguage"));
        given().when().get("/api/v1/people/me").then().body("preferredLanguage", equalTo(null));
    }

    @Test
    @TestSecurity(user = "rosa-profile-form", roles = "officer")
    void the_profile_form_saves_and_reports_errors_in_place() {
        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("department", "Customs").formParam("skills", "design, UX ,  ")
                .formParam("preferredLanguage", "")
                .when().post("/profile").then().statusCode(303).cookie("semillero-flash", "flash.profile.saved");
        given().when().get("/api/v1/people/me").then().body("skills", contains("design", "ux"))
                .body("department", equalTo("Customs"));

        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("department", "Customs").formParam("preferredLanguage", "klingon")
                .when().post("/profile").then().statusCode(400)
                .body(containsString("Choose English or Spanish."));
    }

    @Test
    @TestSecurity(user = "dario-idp", roles = "officer")
    @OidcSecurity(claims = {
            @Claim(key = "sub", value = "dario-idp"),
            @Claim(key = "name", value = "Darío Gómez"),
            @Claim(key = "email", value = "dario@example.org"),
            @Claim(key = "department", value = "Treasury")})
    void the_identity_provider_owns_name_email_and_a_supplied_department() {
        given().when().get("/api/v1/people/me").then().statusCode(200)
                .body("displayName", equalTo("Darío Gómez"))
                .body("email", equalTo("dario@example.org"))
                .body("department", equalTo("Treasury"))
                .body("departmentFromIdentityProvider", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("department", "Elsewhere"))
                .when().put("/api/v1/people/me").then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
        given().contentType(ContentType.JSON).body(Map.of("department", "Treasury", "skills", List.of("audit")))
                .when().put("/api/v1/people/me").then().statusCode(200).body("skills", contains("audit"));
    }

    @Test
    @TestSecurity(user = "lena-lang", roles = "officer")
    void the_language_switcher_remembers_the_choice_on_the_profile() {
        Forms.Csrf csrf = Forms.csrfFrom("/");
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .header("Referer", "http://localhost:8081/events?page=0")
                .formParam("lang", "es").when().post("/language")
                .then().statusCode(303).header("Location", containsString("/events?page=0"));
        given().when().get("/api/v1/people/me").then().body("preferredLanguage", equalTo("es"));
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .header("Referer", "https://evil.example.com/phish")
                .formParam("lang", "xx").when().post("/language").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "nul-profile", roles = "officer")
    void text_the_database_cannot_store_is_refused_with_the_field_named_and_nothing_is_written() {
        given().contentType(ContentType.JSON).body(Map.of("department", "Tax\u0000Agency"))
                .when().put("/api/v1/people/me").then().statusCode(400)
                .body("errors[0].field", equalTo("department"));
        given().contentType(ContentType.JSON).body(Map.of("skills", List.of("law", "da\u0000ta")))
                .when().put("/api/v1/people/me").then().statusCode(400)
                .body("errors[0].field", equalTo("skills"));
        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("department", "Registry").formParam("skills", "law, da\u0000ta")
                .when().post("/profile").then().statusCode(400)
                // Refused before the action reads the form (FormTextGuard), in the reader's language.
                .contentType(containsString("text/html")).body(containsString("cannot be stored"));
        given().when().get("/api/v1/people/me").then().statusCode(200).body("department", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "many-fields", roles = "officer")
    void a_form_with_too_many_fields_is_refused_with_a_client_error() {
        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        var request = given().redirects().follow(false).cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token());
        for (int i = 0; i < 1100; i++) {
            request = request.formParam("f" + i, "x");
        }
        int status = request.when().post("/profile").statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(413);
    }

    @Test
    @TestSecurity(user = "browser-language", roles = "officer")
    void choosing_the_browser_language_on_the_profile_wins_over_an_earlier_switcher_choice() {
        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        var saved = given().redirects().follow(false).cookie("csrf-token", csrf.cookie()).cookie("semillero-lang", "es")
                .formParam("csrf-token", csrf.token()).formParam("preferredLanguage", "")
                .when().post("/profile");
        saved.then().statusCode(303);
        org.assertj.core.api.Assertions.assertThat(saved.getDetailedCookie("semillero-lang").getMaxAge()).isZero();
        // The browser, having dropped the cookie, now gets its own language.
        given().header("Accept-Language", "en").when().get("/profile").then().header("Content-Language", "en");
        given().cookie("semillero-lang", "es").header("Accept-Language", "en").when().get("/profile").then()
                .header("Content-Language", "es");
    }
}
