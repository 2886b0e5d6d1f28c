package org.semillero.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.support.Fixtures;
import org.semillero.support.Forms;

@QuarkusTest
class WorkshopPagesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WorkshopService workshops;

    private static io.restassured.response.ValidatableResponse post(String path, Map<String, String> form) {
        Forms.Csrf csrf = Forms.csrfFrom("/workshops");
        return given().redirects().follow(false).header("Accept-Language", "es").cookie("csrf-token", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParams(form).when().post(path).then();
    }

    private Workshop workshop(int capacity) {
        Actor office = new Actor(Fixtures.fresh(() -> fixtures.person(Fixtures.unique("office"))).id,
                Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        return QuarkusTransaction.requiringNew().call(() -> workshops.create(office, Fixtures.workshopInput(Fixtures.unique("Taller"), capacity)));
    }

    @Test
    @TestSecurity(user = "pages-officer", roles = "officer")
    void an_officer_registers_and_gives_the_seat_back_from_the_page() {
        Workshop workshop = workshop(1);
        given().header("Accept-Language", "es").when().get("/workshops").then().statusCode(200)
                .body(containsString(workshop.title)).body(containsString("0 de 1 plazas ocupadas"));
        post("/workshops/" + workshop.id + "/register", Map.of()).statusCode(303);
        given().header("Accept-Language", "es").when().get("/workshops/" + workshop.id).then()
                .body(containsString("Tienes plaza.")).body(containsString("Dejar mi plaza"))
                .body(org.hamcrest.Matchers.not(containsString(workshop.attendanceCode)));
        post("/workshops/" + workshop.id + "/unregister", Map.of()).statusCode(303);
        given().header("Accept-Language", "es").when().get("/workshops/" + workshop.id).then()
                .body(containsString("No estás inscrito.")).body(containsString("Inscribirme"));
        given().when().get("/workshops/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pages-office", roles = {"officer", "innovation-office"})
    void the_office_gets_the_form_back_with_every_message_and_takes_attendance_from_the_check_in_list() {
        post("/workshops", Map.of("title", "Mi taller", "topic", "data", "format", "ROADSHOW", "location", "",
                "startsAt", "2030-02-01T09:00", "endsAt", "2030-02-01T08:00", "registrationClosesAt", "2030-01-31T09:00",
                "capacity", "1.200")).statusCode(400)
                .body(containsString("<title>Error: Nuevo taller")).body(containsString("value=\"Mi taller\""))
                .body(containsString("Indica dónde se celebra.")).body(containsString("El final debe ser posterior al inicio."));
        post("/workshops", Map.of("title", "Mi taller", "topic", "data", "format", "ROADSHOW", "location", "Innomóvil, Colón",
                "startsAt", "2030-02-01T09:00", "endsAt", "2030-02-01T12:00", "registrationClosesAt", "2030-01-31T09:00",
                "capacity", "1.200", "skills", "datos, SQL")).statusCode(303);
        long id = Fixtures.count("select max(id) from workshop where title = 'Mi taller'");
        assertThat(Fixtures.count("select capacity from workshop where id = " + id)).isEqualTo(1200);

        Workshop workshop = workshop(3);
        Actor ana = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("ana")));
        Actor bruno = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("bruno")));
        QuarkusTransaction.requiringNew().run(() -> workshops.register(ana, workshop.id));
        QuarkusTransaction.requiringNew().run(() -> workshops.register(bruno, workshop.id));
        Fixtures.execute("update workshop set registration_closes_at = now() - interval '2 hours', starts_at = now() - interval '1 hour',"
                + " ends_at = now() + interval '1 hour' where id = " + workshop.id);
        given().header("Accept-Language", "es").when().get("/workshops/" + workshop.id + "/attendance").then().statusCode(200)
                .body(containsString(workshop.attendanceCode)).body(containsString("name=\"present\" value=\"" + ana.personId() + "\""));
        post("/workshops/" + workshop.id + "/attendance", Map.of("present", String.valueOf(ana.personId()))).statusCode(303);
        assertThat(Fixtures.count("select count(*) from workshop_registration where workshop_id = " + workshop.id
                + " and ((person_id = " + ana.personId() + " and attended) or (person_id = " + bruno.personId()
                + " and attended = false))")).isEqualTo(2);
        post("/workshops/" + workshop.id + "/attendance", Map.of("present", "999999999")).statusCode(400);
        // The office attended too: its certificate prints the full verification address.
        long me = Fixtures.count("select id from person where subject = 'pages-office'");
        Fixtures.execute("insert into workshop_registration (workshop_id, person_id, status, attended, certificate_code) values ("
                + workshop.id + ", " + me + ", 'REGISTERED', true, 'TESTCODE0001')");
        given().header("Accept-Language", "es").when().get("/workshops/" + workshop.id + "/certificate").then().statusCode(200)
                .body(containsString("Certificado de asistencia"))
                .body(containsString("http://localhost:8080/certificates/verify?code=TESTCODE0001"));
    }
}
