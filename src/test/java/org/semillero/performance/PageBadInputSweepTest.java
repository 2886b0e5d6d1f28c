package org.semillero.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;
import org.semillero.support.Tables;

/**
 * The bad-input sweep of the API (BadInputSweepTest), over the pages: every form action of every
 * page class (found by reflection, so a new one is swept too) gets each of its fields, one at a
 * time, with a NUL character, a lone surrogate or 20,000 characters, with a valid CSRF token,
 * against objects the sweeper owns or runs. Every answer is a 4xx page (HTML), none a 5xx or a
 * redirect, and nothing is written.
 */
@QuarkusTest
@TestSecurity(user = "page-sweeper", roles = {"officer", "organizer", "innovation-office", "admin"})
class PageBadInputSweepTest {

    /** Raw form values (already form-encoded): NUL, a lone surrogate as CESU bytes, far too long. */
    private static final List<String> BAD = List.of("%00", "%ED%A0%80", "x".repeat(20_000));

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    record Outcome(String action, String field, String value, int status, String contentType) {
    }

    @Test
    void malformed_form_posts_to_every_page_action_are_refused_as_pages_and_write_nothing() throws Exception {
        Map<String, String> targets = targets();
        Forms.Csrf csrf = Forms.csrfFrom("/profile");
        Map<String, Long> before = rowCounts();
        List<Outcome> outcomes = new ArrayList<>();
        int actions = 0;
        for (String className : ConfigProvider.getConfig().getValue("mp.openapi.scan.exclude.classes", String.class)
                .split(",")) {
            Class<?> pages = Class.forName(className.strip());
            String base = pages.isAnnotationPresent(Path.class) ? pages.getAnnotation(Path.class).value() : "";
            for (Method method : pages.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class)) {
                    continue;
                }
                String path = join(base, method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                String url = fill(path, targets);
                List<String> fields = fields(method);
                actions++;
                for (String field : fields) {
                    for (String value : BAD) {
                        Response response = given().redirects().follow(false).urlEncodingEnabled(false)
                                .cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                                .header("Accept-Language", "es")
                                .body("csrf-token=" + URLEncoder.encode(csrf.token(), StandardCharsets.UTF_8) + "&"
                                        + field + "=" + value)
                                .post(url);
                        outcomes.add(new Outcome("POST " + path, field, value.length() > 12 ? "20k" : value,
                                response.statusCode(), String.valueOf(response.contentType())));
                    }
                }
            }
        }
        assertThat(actions).as("page form actions").isGreaterThan(40);
        assertThat(outcomes.size()).as("malformed posts").isGreaterThan(200);
        assertThat(outcomes).as("server errors").filteredOn(o -> o.status() >= 500).isEmpty();
        assertThat(outcomes).as("refusals that are not pages")
                .filteredOn(o -> o.status() >= 400 && !o.contentType().startsWith("text/html")).isEmpty();
        assertThat(outcomes).as("answers that are not a 4xx").filteredOn(o -> o.status() < 400).isEmpty();
        assertThat(rowCounts()).as("row counts after the sweep").isEqualTo(before);
    }

    /** Objects the sweeper owns or runs, by path parameter, so that the fields are read rather than a 404. */
    private Map<String, String> targets() {
        given().get("/api/v1/people/me").then().statusCode(200);
        Fixtures.Theme theme = fixtures.theme();
        String slug = theme.event().slug;
        long idea = given().contentType(ContentType.JSON).body(Map.of("title", "Sweep idea", "problem", "p", "solution", "s",
                        "eventSlug", slug, "challengeId", theme.challenge().id))
                .post("/api/v1/ideas").then().statusCode(201).extract().jsonPath().getLong("id");
        long team = given().contentType(ContentType.JSON).body(Map.of("name", Fixtures.unique("Sweepers"), "pitch", "p"))
                .post("/api/v1/events/" + slug + "/teams").then().statusCode(201).extract().jsonPath().getLong("id");
        long boxIdea = fixtures.boxIdea("Sweep project").id;
        given().contentType(ContentType.JSON).body(Map.of("action", "SHORTLIST")).post("/api/v1/ideas/" + boxIdea + "/transitions")
                .then().statusCode(200);
        long project = given().contentType(ContentType.JSON).body(Map.of("ideaId", boxIdea)).post("/api/v1/projects")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("/ideas/{id}", "/ideas/" + idea);
        targets.put("/challenges/{id}", "/challenges/" + theme.challenge().id);
        targets.put("/teams/{id}", "/teams/" + team);
        targets.put("/projects/{id}", "/projects/" + project);
        targets.put("{slug}", slug);
        return targets;
    }

    private static String fill(String path, Map<String, String> targets) {
        String url = path;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            if (target.getKey().startsWith("/")) {
                if (url.startsWith(target.getKey())) {
                    url = target.getValue() + url.substring(target.getKey().length());
                }
            } else {
                url = url.replace(target.getKey(), target.getValue());
            }
        }
        return url.replaceAll("\\{[A-Za-z]+}", "987654321");
    }

    private static String join(String base, String path) {
        String joined = (base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path);
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The form fields an action reads: its @RestForm parameters and the fields of its @BeanParam forms. */
    private static List<String> fields(Method method) {
        List<String> fields = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(RestForm.class)) {
                String name = parameter.getAnnotation(RestForm.class).value();
                fields.add(name.isEmpty() ? parameter.getName() : name);
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    if (field.isAnnotationPresent(RestForm.class)) {
                        String name = field.getAnnotation(RestForm.class).value();
                        fields.add(name.isEmpty() ? field.getName() : name);
                    }
                }
            } else if (MultivaluedMap.class.isAssignableFrom(parameter.getType())) {
                fields.addAll(List.of("points.987654321", "scores.987654321", "comment", "version"));
            } else if (!parameter.isAnnotationPresent(PathParam.class) && parameter.getAnnotations().length > 0) {
                fields.add(parameter.getName());
            }
        }
        return fields;
    }

    private Map<String, Long> rowCounts() throws Exception {
        return Tables.rowCounts(dataSource);
    }
}
