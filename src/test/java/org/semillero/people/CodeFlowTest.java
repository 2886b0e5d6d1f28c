package org.semillero.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real authorization-code flow against the OIDC server stub, step by step as a browser
 * does it: our /login redirects to the provider, the provider redirects back with a code,
 * Quarkus exchanges it and sets the session cookie, and the page shows the signed-in person.
 * The stub is a global test resource: every test class shares the same provider.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CodeFlowTest {

    @Test
    void signing_in_through_the_provider_lands_on_the_requested_page_as_that_person() {
        Map<String, String> cookies = new HashMap<>();

        Response toProvider = given().redirects().follow(false).when().get("/login?next=/profile");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        cookies.putAll(toProvider.getCookies());
        URI authorize = URI.create(toProvider.getHeader("Location"));
        Map<String, String> query = queryOf(authorize);
        assertThat(query).containsKeys("state", "redirect_uri", "client_id");

        URI providerLogin = authorize.resolve("/login");
        Response backToApp = given().redirects().follow(false)
                .queryParam("username", "alice").queryParam("password", "alice")
                .queryParam("state", query.get("state")).queryParam("redirect_uri", query.get("redirect_uri"))
                .when().get(providerLogin);
        assertThat(backToApp.statusCode()).isEqualTo(302);

        Response callback = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
                .when().get(backToApp.getHeader("Location"));
        assertThat(callback.statusCode()).isEqualTo(302);
        cookies.putAll(callback.getCookies());
        assertThat(cookies).containsKey("q_session");

        Response restored = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
                .when().get(callback.getHeader("Location"));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(restored.getHeader("Location")).endsWith("/profile");

        given().redirects().follow(false).cookies(cookies).when().get("/profile")
                .then().statusCode(200)
                .body(containsString("alice"))
                .body(containsString("Sign out"));
        given().redirects().follow(false).cookies(cookies).when().get("/")
                .then().statusCode(200).body(containsString("Hello, alice"));

        Response signOut = given().redirects().follow(false).cookies(cookies).when().post("/logout");
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.getDetailedCookie("q_session").getMaxAge()).isZero();
        cookies.remove("q_session");
        given().redirects().follow(false).cookies(cookies).when().get("/profile")
                .then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void the_api_does_not_redirect_and_accepts_provider_bearer_tokens() {
        given().when().get("/api/v1/people/me").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        String token = OidcWiremockTestResource.getAccessToken("bob", java.util.Set.of("user", "organizer"));
        given().auth().oauth2(token).when().get("/api/v1/people/me").then().statusCode(200)
                .body(containsString("\"organizer\""))
                .body(containsString("\"officer\""));
        // Malformed, or a real token whose signature was altered: the same problem, nothing about
        // how tokens are checked, in the caller's language.
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        for (String bad : java.util.List.of("not-a-token", forged)) {
            given().auth().oauth2(bad).header("Accept-Language", "es").when().get("/api/v1/people/me").then()
                    .statusCode(401).contentType("application/problem+json")
                    .header("Content-Language", "es")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:semillero:problem:unauthenticated"))
                    .body(org.hamcrest.Matchers.not(containsString("introspect")));
        }
    }

    @Test
    void a_token_the_provider_issued_to_another_application_is_refused() {
        String ours = OidcWiremockTestResource.generateJwtToken("carol", java.util.Set.of("user"), "carol-sub", "1",
                java.util.Set.of("https://server.example.com"));
        given().auth().oauth2(ours).when().get("/api/v1/people/me").then().statusCode(200);
        String theirs = OidcWiremockTestResource.generateJwtToken("carol", java.util.Set.of("user"), "carol-sub", "1",
                java.util.Set.of("payroll-app"));
        given().auth().oauth2(theirs).header("Accept-Language", "es").when().get("/api/v1/people/me").then()
                .statusCode(401).contentType("application/problem+json").header("Content-Language", "es")
                .body("type", org.hamcrest.Matchers.equalTo("urn:semillero:problem:unauthenticated"));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
        }
        return params;
    }
}
