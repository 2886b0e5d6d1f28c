package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;

/**
 * Every operation of the API document, with who may call it. A new endpoint without a line
 * here fails the build; so does a line for an endpoint that no longer exists. Anonymous
 * callers get 401 everywhere; a plain officer gets 403 on every operation reserved to a role;
 * organizers, the innovation office and admins (who hold every role, as the identity
 * provider's admins do through RolesAugmentor) are refused exactly where their role does
 * not reach. Object-level rules ("only the lead", "not your own idea", "not the owner") are
 * tested with each feature.
 */
@QuarkusTest
class ApiAuthorizationTableTest {

    /** Who may call an operation. */
    enum Who {
        /** Any signed-in officer (object-level rules may still refuse). */
        OFFICER,
        ORGANIZER,
        OFFICE,
        /** Organizers or the innovation office. */
        ORGANIZER_OR_OFFICE,
        /** Signal feeders' service accounts or the innovation office. */
        FEEDER_OR_OFFICE,
        ADMIN
    }

    static final Map<String, Who> TABLE = new TreeMap<>();

    static {
        String table = """
                DELETE /api/v1/challenges/{id}/supports/me                              OFFICER
                DELETE /api/v1/events/{slug}/board/me                                   OFFICER
                DELETE /api/v1/events/{slug}/challenges/{challengeId}                   ORGANIZER
                DELETE /api/v1/events/{slug}/jury/criteria/{id}                         ORGANIZER
                DELETE /api/v1/events/{slug}/jury/judges/{personId}                     ORGANIZER
                DELETE /api/v1/ideas/{id}/supports/me                                   OFFICER
                DELETE /api/v1/projects/{id}/followers/me                               OFFICER
                DELETE /api/v1/teams/{id}/members/me                                    OFFICER
                DELETE /api/v1/teams/{id}/members/{personId}                            OFFICER
                GET /api/v1/workshops                                                   OFFICER
                POST /api/v1/workshops                                                  ORGANIZER_OR_OFFICE
                GET /api/v1/workshops/{id}                                              OFFICER
                PUT /api/v1/workshops/{id}                                              ORGANIZER_OR_OFFICE
                POST /api/v1/workshops/{id}/cancellation                                ORGANIZER_OR_OFFICE
                POST /api/v1/workshops/{id}/registrations/me                            OFFICER
                GET /api/v1/workshops/{id}/registrations/me                             OFFICER
                DELETE /api/v1/workshops/{id}/registrations/me                          OFFICER
                GET /api/v1/workshops/{id}/registrations                                ORGANIZER_OR_OFFICE
                PUT /api/v1/workshops/{id}/attendance                                   ORGANIZER_OR_OFFICE
                POST /api/v1/workshops/{id}/attendance/me                               OFFICER
                GET /api/v1/dashboard/capacity                                          OFFICE
                GET /api/v1/dashboard/hot-spots                                         ORGANIZER_OR_OFFICE
                GET /api/v1/dashboard/hot-spots.csv                                     ORGANIZER_OR_OFFICE
                GET /api/v1/services                                                    OFFICER
                POST /api/v1/services                                                   OFFICE
                GET /api/v1/services/{code}                                             OFFICER
                PUT /api/v1/services/{code}                                             OFFICE
                GET /api/v1/services/{code}/signals                                     OFFICER
                POST /api/v1/services/{code}/signals                                    FEEDER_OR_OFFICE
                POST /api/v1/services/import                                            OFFICE
                POST /api/v1/services/signals/import                                    FEEDER_OR_OFFICE
                GET /api/v1/services/unlinked                                           OFFICE
                POST /api/v1/services/unlinked                                          OFFICE
                PUT /api/v1/services/{code}/projects/{projectId}                        OFFICE
                PUT /api/v1/services/{code}/kpis/{kpiId}                                OFFICE
                DELETE /api/v1/services/{code}/kpis/{kpiId}                             OFFICE
                GET /api/v1/audit                                                       ADMIN
                GET /api/v1/challenges                                                  OFFICER
                GET /api/v1/challenges/{id}                                             OFFICER
                GET /api/v1/challenges/{id}/comments                                    OFFICER
                GET /api/v1/dashboard/activity                                          OFFICE
                GET /api/v1/dashboard/funnel                                            OFFICE
                GET /api/v1/dashboard/lead-times                                        OFFICE
                GET /api/v1/dashboard/participation                                     OFFICE
                GET /api/v1/dashboard/stages                                            OFFICE
                GET /api/v1/dashboard/stale                                             OFFICE
                GET /api/v1/dashboard/trends                                            OFFICE
                GET /api/v1/dashboard/{table}.csv                                       OFFICE
                GET /api/v1/events                                                      OFFICER
                GET /api/v1/events/{slug}                                               OFFICER
                GET /api/v1/events/{slug}/ballot                                        OFFICER
                GET /api/v1/events/{slug}/ballot/entries                                OFFICER
                GET /api/v1/events/{slug}/board                                         OFFICER
                GET /api/v1/events/{slug}/challenges                                    OFFICER
                GET /api/v1/events/{slug}/jury                                          OFFICER
                GET /api/v1/events/{slug}/jury/coverage                                 ORGANIZER
                GET /api/v1/events/{slug}/jury/workspace                                OFFICER
                GET /api/v1/events/{slug}/phase-changes                                 OFFICER
                GET /api/v1/events/{slug}/results                                       OFFICER
                GET /api/v1/events/{slug}/results/export.csv                            OFFICER
                GET /api/v1/events/{slug}/results/judge-scores.csv                      ORGANIZER
                GET /api/v1/events/{slug}/results/verification                          OFFICER
                GET /api/v1/events/{slug}/submissions                                   OFFICER
                GET /api/v1/events/{slug}/team-requests/mine                            OFFICER
                GET /api/v1/events/{slug}/teams                                         OFFICER
                GET /api/v1/events/{slug}/turnout                                       ORGANIZER
                GET /api/v1/ideas                                                       OFFICER
                GET /api/v1/ideas/similar                                               OFFICER
                GET /api/v1/ideas/{id}                                                  OFFICER
                GET /api/v1/ideas/{id}/comments                                         OFFICER
                GET /api/v1/ideas/{id}/versions                                         OFFICER
                GET /api/v1/people                                                      OFFICER
                GET /api/v1/me/notification-preferences                                 OFFICER
                GET /api/v1/me/notifications                                            OFFICER
                GET /api/v1/people/me                                                   OFFICER
                GET /api/v1/projects                                                    OFFICER
                GET /api/v1/projects/export.csv                                         OFFICER
                GET /api/v1/projects/{id}                                               OFFICER
                GET /api/v1/projects/{id}/history                                       OFFICER
                GET /api/v1/projects/{id}/kpis                                          OFFICER
                GET /api/v1/projects/{id}/milestones                                    OFFICER
                GET /api/v1/projects/{id}/updates                                       OFFICER
                GET /api/v1/teams/{id}                                                  OFFICER
                GET /api/v1/teams/{id}/requests                                         OFFICER
                GET /api/v1/teams/{id}/submission                                       OFFICER
                GET /api/v1/teams/{id}/suggested-people                                 OFFICER
                POST /api/v1/me/notifications/read-all                                  OFFICER
                POST /api/v1/me/notifications/{id}/read                                 OFFICER
                POST /api/v1/challenges                                                 OFFICER
                POST /api/v1/challenges/{id}/comments                                   OFFICER
                POST /api/v1/challenges/{id}/supports                                   OFFICER
                POST /api/v1/challenges/{id}/transitions                                ORGANIZER
                POST /api/v1/comments/{id}/hide                                         ORGANIZER
                POST /api/v1/events                                                     ORGANIZER
                POST /api/v1/events/{slug}/challenges                                   ORGANIZER
                POST /api/v1/events/{slug}/jury/criteria                                ORGANIZER
                POST /api/v1/events/{slug}/jury/judges                                  ORGANIZER
                POST /api/v1/events/{slug}/jury/recusals/{submissionId}                 OFFICER
                POST /api/v1/events/{slug}/phase-changes                                ORGANIZER
                POST /api/v1/events/{slug}/teams                                        OFFICER
                POST /api/v1/ideas                                                      OFFICER
                POST /api/v1/ideas/{id}/coauthorship                                    OFFICER
                POST /api/v1/ideas/{id}/comments                                        OFFICER
                POST /api/v1/ideas/{id}/supports                                        OFFICER
                POST /api/v1/ideas/{id}/transitions                                     OFFICER
                POST /api/v1/people/{id}/removal                                        ADMIN
                POST /api/v1/projects                                                   ORGANIZER_OR_OFFICE
                POST /api/v1/projects/{id}/kpis                                         OFFICER
                POST /api/v1/projects/{id}/milestones                                   OFFICER
                POST /api/v1/projects/{id}/stage                                        OFFICER
                POST /api/v1/projects/{id}/updates                                      OFFICER
                POST /api/v1/submissions/{id}/review                                    ORGANIZER
                POST /api/v1/team-requests/{id}/accept                                  OFFICER
                POST /api/v1/team-requests/{id}/decline                                 OFFICER
                POST /api/v1/team-requests/{id}/withdraw                                OFFICER
                POST /api/v1/teams/{id}/applications                                    OFFICER
                POST /api/v1/teams/{id}/dissolve                                        ORGANIZER
                POST /api/v1/teams/{id}/invitations                                     OFFICER
                POST /api/v1/teams/{id}/move                                            ORGANIZER
                POST /api/v1/teams/{id}/submission/final                                OFFICER
                PUT /api/v1/comments/{id}                                               OFFICER
                PUT /api/v1/events/{slug}                                               ORGANIZER
                PUT /api/v1/events/{slug}/ballot                                        OFFICER
                PUT /api/v1/events/{slug}/ballot/votes/{submissionId}                   OFFICER
                PUT /api/v1/events/{slug}/board/me                                      OFFICER
                PUT /api/v1/events/{slug}/jury/method                                   ORGANIZER
                PUT /api/v1/events/{slug}/jury/scores/{submissionId}                    OFFICER
                PUT /api/v1/events/{slug}/results/awards/{submissionId}                 ORGANIZER
                PUT /api/v1/events/{slug}/team-lock                                     ORGANIZER
                PUT /api/v1/ideas/{id}                                                  OFFICER
                PUT /api/v1/me/notification-preferences                                 OFFICER
                PUT /api/v1/people/me                                                   OFFICER
                PUT /api/v1/projects/{id}                                               OFFICER
                PUT /api/v1/projects/{id}/followers/me                                  OFFICER
                PUT /api/v1/projects/{id}/kpis/{kpiId}                                  OFFICER
                PUT /api/v1/projects/{id}/milestones/{milestoneId}                      OFFICER
                PUT /api/v1/teams/{id}                                                  OFFICER
                PUT /api/v1/teams/{id}/lead                                             OFFICER
                PUT /api/v1/teams/{id}/submission                                       OFFICER
                """;
        table.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] parts = line.split("\\s+");
            TABLE.put(parts[0] + " " + parts[1], Who.valueOf(parts[2]));
        });
    }

    private static List<String[]> operations() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").asString());
        List<String[]> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    ops.add(new String[] {method, path.getKey()});
                }
            }
        }
        return ops;
    }

    @Test
    void every_operation_has_a_line_in_the_table_and_every_line_an_operation() throws Exception {
        TreeSet<String> documented = new TreeSet<>();
        operations().forEach(op -> documented.add(op[0] + " " + op[1]));
        assertThat(documented).as("operations without an expectation").isSubsetOf(TABLE.keySet());
        assertThat(TABLE.keySet()).as("expectations without an operation").isSubsetOf(documented);
    }

    @Inject
    Fixtures fixtures;

    /** Fills path parameters with objects that exist, so that a refusal is about the role, not a 404. */
    private String fill(String template, Fixtures.Entries e) {
        return template.replace("{slug}", e.event().slug)
                .replace("{submissionId}", String.valueOf(e.entries().get(0)))
                .replaceAll("/teams/\\{id\\}", "/teams/" + e.teams().get(0).id)
                .replaceAll("/submissions/\\{id\\}", "/submissions/" + e.entries().get(0))
                .replaceAll("\\{[a-zA-Z]+\\}", "987654321");
    }

    private static int call(String method, String url) {
        var request = given().redirects().follow(false).contentType(ContentType.JSON);
        if (method.equals("POST") || method.equals("PUT")) {
            request = request.body("{}");
        }
        return request.request(method, url).statusCode();
    }

    @Test
    void anonymous_callers_get_401_on_every_operation() throws Exception {
        Fixtures.Entries e = fixtures.entries(1, null);
        List<String> wrong = new ArrayList<>();
        for (String[] op : operations()) {
            int status = call(op[0], fill(op[1], e));
            if (status != 401) {
                wrong.add(op[0] + " " + op[1] + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "table-officer", roles = "officer")
    void a_plain_officer_gets_403_on_every_operation_reserved_to_a_role() throws Exception {
        Fixtures.Entries e = fixtures.entries(1, null);
        List<String> wrong = new ArrayList<>();
        for (String[] op : operations()) {
            if (TABLE.get(op[0] + " " + op[1]) == Who.OFFICER) {
                continue;
            }
            int status = call(op[0], fill(op[1], e));
            if (status != 403) {
                wrong.add(op[0] + " " + op[1] + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "table-organizer", roles = {"officer", "organizer"})
    void an_organizer_is_not_refused_for_the_role_on_organizers_operations() throws Exception {
        Fixtures.Entries e = fixtures.entries(1, null);
        List<String> wrong = new ArrayList<>();
        for (String[] op : operations()) {
            Who who = TABLE.get(op[0] + " " + op[1]);
            int status = call(op[0], fill(op[1], e));
            boolean refusedForRole = status == 403 && (who == Who.ORGANIZER || who == Who.ORGANIZER_OR_OFFICE);
            boolean allowedBeyondRole = status < 400 && (who == Who.ADMIN || who == Who.OFFICE
                    || who == Who.FEEDER_OR_OFFICE);
            if (refusedForRole || allowedBeyondRole) {
                wrong.add(op[0] + " " + op[1] + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "table-office", roles = {"officer", "innovation-office"})
    void the_innovation_office_gets_403_exactly_on_organizers_and_admins_operations() throws Exception {
        Fixtures.Entries e = fixtures.entries(1, null);
        List<String> wrong = new ArrayList<>();
        for (String[] op : operations()) {
            Who who = TABLE.get(op[0] + " " + op[1]);
            int status = call(op[0], fill(op[1], e));
            boolean shouldRefuse = who == Who.ORGANIZER || who == Who.ADMIN;
            boolean mayPass = who == Who.OFFICE || who == Who.ORGANIZER_OR_OFFICE || who == Who.FEEDER_OR_OFFICE;
            if (shouldRefuse && status != 403 || mayPass && status == 403) {
                wrong.add(op[0] + " " + op[1] + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "table-admin", roles = {"officer", "organizer", "innovation-office", "admin"})
    void an_admin_is_never_refused_for_the_role() throws Exception {
        Fixtures.Entries e = fixtures.entries(1, null);
        List<String> wrong = new ArrayList<>();
        for (String[] op : operations()) {
            Who who = TABLE.get(op[0] + " " + op[1]);
            int status = call(op[0], fill(op[1], e));
            if (who != Who.OFFICER && status == 403) {
                wrong.add(op[0] + " " + op[1] + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * A feeder's service account sends signals and reads them, and nothing else: 403 everywhere
     * but there (it is not an officer and has no profile).
     */
    @Test
    @TestSecurity(user = "table-feeder", roles = "signal-feeder")
    void a_signal_feeder_is_refused_everywhere_but_the_signals() throws Exception {
        Fixtures.Entries e = fixtures.entries(1, null);
        List<String> wrong = new ArrayList<>();
        for (String[] op : operations()) {
            Who who = TABLE.get(op[0] + " " + op[1]);
            boolean signals = op[1].equals("/api/v1/services/{code}/signals");
            int status = call(op[0], fill(op[1], e));
            if (who == Who.FEEDER_OR_OFFICE || signals ? status == 403 || status == 401 : status != 403) {
                wrong.add(op[0] + " " + op[1] + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Fixtures.count("select count(*) from person where subject = 'table-feeder'")).isZero();
    }
}
