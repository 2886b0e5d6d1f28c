package org.semillero.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

/** The catalogue's pages: the import form keeps what was typed and says which line is wrong; both views side by side. */
@QuarkusTest
class ServicePagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    SignalService signals;

    private static io.restassured.response.ValidatableResponse post(String path, Map<String, String> form) {
        Forms.Csrf csrf = Forms.csrfFrom("/services");
        return given().redirects().follow(false).header("Accept-Language", "es").cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParams(form).when().post(path).then();
    }

    @Test
    @TestSecurity(user = "pages-ines", roles = {"officer", "innovation-office"})
    void the_office_checks_then_imports_a_file_and_a_bad_line_comes_back_with_its_number_and_the_text_kept() {
        String a = Fixtures.unique("PG");
        String b = Fixtures.unique("PG");
        String file = "code,name,department,channels\n" + a + ",Servicio " + a + ",Sanidad,online\n" + b + ",Servicio " + b
                + ",Sanidad,paloma mensajera\n";
        post("/services/import", Map.of("csv", file, "apply", "true")).statusCode(400)
                .body(containsString("No se importó nada")).body(containsString("Línea 3 (channels)"))
                .body(containsString("Use in_person, online, phone o mobile.")).body(containsString("paloma mensajera"));
        assertThat(Fixtures.count("select count(*) from public_service where code = '" + a + "'")).isZero();
        String fixed = file.replace("paloma mensajera", "phone");
        post("/services/import", Map.of("csv", fixed, "apply", "false")).statusCode(200)
                .body(containsString("Lo que haría la importación")).body(containsString("se creará"));
        assertThat(Fixtures.count("select count(*) from public_service where code = '" + a + "'")).isZero();
        post("/services/import", Map.of("csv", fixed, "apply", "true")).statusCode(303);
        assertThat(Fixtures.count("select count(*) from public_service where code in ('" + a + "', '" + b + "')"))
                .isEqualTo(2);
        given().header("Accept-Language", "es").when().get("/services?q=" + a).then().statusCode(200)
                .body(containsString("Servicio " + a)).body(not(containsString("Servicio " + b)));

        post("/services", Map.of("code", "", "name", "Servicio " + a, "department", "", "link", "ftp://x"))
                .statusCode(400).body(containsString("<title>Error: Añadir un servicio"))
                .body(containsString("Otro servicio tiene este nombre.")).body(containsString("value=\"ftp://x\""));
    }

    @Test
    @TestSecurity(user = "pages-side", roles = {"officer", "innovation-office"})
    void a_service_page_shows_the_officers_view_beside_the_citizens_trend_in_both_languages() {
        Actor office = new Actor(Fixtures.fresh(() -> fixtures.person(Fixtures.unique("office"))).id,
                Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        String code = Fixtures.unique("SB");
        Fixtures.fresh(() -> catalogue.save(office, null, Map.of("code", code, "name", "Cita " + code, "department",
                "Registro", "channels", "online;phone")));
        long author = Fixtures.fresh(() -> fixtures.person(Fixtures.unique("ana")).id);
        Fixtures.count("with x as (insert into challenge (title, service, problem, affected, author_id) values "
                + "('La línea se colapsa " + code + "', 'Cita " + code + "', 'Lenta', 'CITIZENS', " + author
                + ") returning id) select id from x");
        Fixtures.execute("update challenge c set service_id = s.id from public_service s where s.code = '" + code
                + "' and c.title = 'La línea se colapsa " + code + "'");
        String month = signals.thisMonth().minusMonths(1).toString().substring(0, 7);
        Fixtures.fresh(() -> signals.record(Set.of(Roles.SIGNAL_FEEDER), "feeder", code,
                new SignalService.SignalInput(month, "Quejas", null, Map.of("complaints", new BigDecimal(1234)))));
        given().header("Accept-Language", "es").when().get("/services/" + code).then().statusCode(200)
                .body(containsString("Lo que ve el personal")).body(containsString("La línea se colapsa " + code))
                .body(containsString("Lo que dice la ciudadanía")).body(containsString("Quejas recibidas"))
                .body(containsString("1.234")).body(containsString("<polyline"));
        given().header("Accept-Language", "en").when().get("/services/" + code).then().statusCode(200)
                .body(containsString("What citizens report")).body(containsString("1,234"));
    }

    @Test
    @TestSecurity(user = "pages-links", roles = {"officer", "innovation-office"})
    void the_office_links_a_project_and_binds_its_kpi_from_the_service_page() {
        Actor office = new Actor(Fixtures.fresh(() -> fixtures.person(Fixtures.unique("office"))).id,
                Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        String code = Fixtures.unique("LK");
        Fixtures.fresh(() -> catalogue.save(office, null, Map.of("code", code, "name", "Servicio " + code, "department",
                "Registro", "channels", "online")));
        long idea = Fixtures.count("with x as (insert into idea (title, problem, solution, state, author_id) values "
                + "('Agenda', 'Lenta', 'Una', 'PROMOTED', " + office.personId() + ") returning id) select id from x");
        String title = "Proyecto " + code;
        long project = Fixtures.count("with x as (insert into project (title, source_idea_id, created_by) values ('"
                + title + "', " + idea + ", " + office.personId() + ") returning id) select id from x");
        long kpi = Fixtures.count("with x as (insert into kpi (project_id, name) values (" + project
                + ", 'Quejas') returning id) select id from x");
        given().header("Accept-Language", "es").when().get("/services/" + code).then().statusCode(200)
                .body(containsString(">" + title + "</option>"));
        post("/services/" + code + "/projects", Map.of("project", String.valueOf(project))).statusCode(303);
        given().header("Accept-Language", "es").when().get("/services/" + code).then().statusCode(200)
                .body(containsString("href=\"/projects/" + project + "\"")).body(containsString(title + ": Quejas"));
        post("/services/" + code + "/kpis", Map.of("kpi", String.valueOf(kpi), "measure", "complaints")).statusCode(303);
        assertThat(Fixtures.count("select count(*) from kpi k join public_service s on s.id = k.service_id where k.id = "
                + kpi + " and k.measure = 'complaints' and s.code = '" + code + "'")).isEqualTo(1);
        post("/services/" + code + "/kpis", Map.of("kpi", String.valueOf(kpi), "measure", "")).statusCode(303);
        assertThat(Fixtures.count("select count(*) from kpi where id = " + kpi + " and service_id is null")).isEqualTo(1);
        post("/services/" + code + "/kpis", Map.of("kpi", "uno", "measure", "complaints")).statusCode(400);
    }

    @Test
    @TestSecurity(user = "pages-plain", roles = "officer")
    void an_officer_reads_the_catalogue_but_does_not_keep_it_nor_see_hot_spots() {
        given().when().get("/services").then().statusCode(200).body(not(containsString("/services/import")));
        given().when().get("/services/import").then().statusCode(403);
        given().when().get("/services/new").then().statusCode(403);
        given().when().get("/services/unlinked").then().statusCode(403);
        given().when().get("/dashboard/hot-spots").then().statusCode(403);
        post("/services/import", Map.of("csv", "code,name,department,channels\n", "apply", "true")).statusCode(403);
        post("/services/unlinked", Map.of("text", "Registro civil", "service", "RC-CITA")).statusCode(403);
    }

    @Test
    @TestSecurity(user = "pages-organizer", roles = {"officer", "organizer"})
    void an_organizer_sees_the_hot_spots_to_choose_themes() {
        given().header("Accept-Language", "es").when().get("/dashboard/hot-spots").then().statusCode(200)
                .body(containsString("Puntos críticos")).body(containsString("Puntuación = 100"));
        given().when().get("/dashboard/hot-spots.csv").then().statusCode(200)
                .body(containsString("rank")).header("Content-Type", containsString("text/csv"));
    }
}
