package org.semillero.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a page's CSRF cookie and form token, as a browser would before posting. */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public record Csrf(String cookie, String token) {
    }

    private Forms() {
    }

    public static Csrf csrfFrom(String pagePath) {
        Response page = given().when().get(pagePath);
        Matcher matcher = TOKEN.matcher(page.asString());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on " + pagePath + " (status " + page.statusCode() + ")");
        }
        return new Csrf(page.getCookie("csrf-token"), matcher.group(1));
    }
}
