package org.semillero.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Forwarded headers are honoured only from the configured proxies: the test profile turns
 * forwarding on but trusts an address that never connects, so a client that sends them itself
 * cannot make the sign-in redirect point at another host or scheme. (TrustedProxyTest shows the
 * same headers honoured from a trusted address.)
 */
@QuarkusTest
class ForwardedHeadersTest {

    static String redirectUriOf(String location) {
        String query = location.substring(location.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            if (pair.startsWith("redirect_uri=")) {
                return URLDecoder.decode(pair.substring("redirect_uri=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no redirect_uri in " + location);
    }

    static String signInRedirect() {
        String location = given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "proto=https;host=evil.example")
                .when().get("/login").then().statusCode(302).extract().header("Location");
        return redirectUriOf(location);
    }

    @Test
    void forwarded_headers_from_an_untrusted_address_are_ignored() {
        assertThat(signInRedirect()).startsWith("http://localhost:").doesNotContain("evil.example");
    }
}
