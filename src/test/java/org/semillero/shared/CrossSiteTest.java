package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.semillero.support.Forms;

/** What another site can make a signed-in browser send is refused. */
@QuarkusTest
class CrossSiteTest {

    @Test
    @TestSecurity(user = "cross-site-officer", roles = "officer")
    void a_page_post_from_another_site_is_refused_and_one_from_this_site_accepted() {
        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        given().redirects().follow(false).header("Origin", "https://evil.example")
                .cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token()).formParam("department", "X")
                .when().post("/profile").then().statusCode(403);
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site")
                .cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token()).formParam("department", "X")
                .when().post("/profile").then().statusCode(403);
        given().redirects().follow(false).header("Origin", "http://localhost:8081").header("Sec-Fetch-Site", "same-origin")
                .cookie("csrf-token", csrf.cookie()).formParam("csrf-token", csrf.token()).formParam("department", "Registry")
                .when().post("/profile").then().statusCode(303);
        given().when().get("/api/v1/people/me").then().body("department", equalTo("Registry"));
    }

    @Test
    @TestSecurity(user = "forging-officer", roles = "officer")
    void a_csrf_cookie_and_field_made_up_by_an_attacker_do_not_pass() {
        // A token of the right shape that the service never issued, sent as both cookie and field.
        String real = Forms.csrfFrom("/profile").token();
        String forged = new StringBuilder(real).reverse().toString();
        given().redirects().follow(false).cookie("csrf-token", forged).formParam("csrf-token", forged)
                .formParam("department", "Forged").when().post("/profile").then().statusCode(400);
        given().when().get("/api/v1/people/me").then().body("department", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void signing_out_takes_a_post_so_a_link_on_another_site_cannot_sign_people_out() {
        given().redirects().follow(false).when().get("/logout").then().statusCode(405).header("Allow", "POST");
    }
}
