package org.semillero.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.support.Fixtures;

@QuarkusTest
class WorkshopTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WorkshopService workshops;

    @Inject
    AttendanceService attendance;

    private Actor office() {
        return new Actor(fixtures.person(Fixtures.unique("office")).id, Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
    }

    private Workshop workshop(int capacity) {
        Actor office = Fixtures.fresh(this::office);
        return QuarkusTransaction.requiringNew().call(() -> workshops.create(office, Fixtures.workshopInput(Fixtures.unique("Workshop"), capacity)));
    }

    private static long count(long workshop, String status) {
        return Fixtures.count("select count(*) from workshop_registration where workshop_id = " + workshop + " and status = '" + status + "'");
    }

    @Test
    void fifty_officers_at_once_for_ten_seats_give_ten_seats_and_a_waitlist_of_forty_in_order_and_a_cancellation_promotes_the_first()
            throws Exception {
        Workshop workshop = workshop(10);
        List<Actor> officers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            officers.add(Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("seat"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WorkshopService.Seat>> seats = new ArrayList<>();
        try {
            for (Actor officer : officers) {
                seats.add(pool.submit((Callable<WorkshopService.Seat>) () -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> workshops.register(officer, workshop.id));
                }));
            }
            start.countDown();
            List<Integer> positions = new ArrayList<>();
            int registered = 0;
            for (Future<WorkshopService.Seat> seat : seats) {
                WorkshopService.Seat got = seat.get();
                if (got.status().equals("REGISTERED")) {
                    registered++;
                } else {
                    assertThat(got.status()).isEqualTo("WAITLISTED");
                    positions.add(got.position());
                }
            }
            assertThat(registered).isEqualTo(10);
            assertThat(positions).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        } finally {
            pool.shutdown();
        }
        assertThat(count(workshop.id, "REGISTERED")).isEqualTo(10);
        Actor first = officers.stream().filter(o -> workshops.seat(o.personId(), workshop.id).position() != null
                && workshops.seat(o.personId(), workshop.id).position() == 1).findFirst().orElseThrow();
        Actor seated = officers.stream().filter(o -> "REGISTERED".equals(workshops.seat(o.personId(), workshop.id).status()))
                .findFirst().orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> workshops.unregister(seated, workshop.id));
        assertThat(workshops.seat(first.personId(), workshop.id).status()).isEqualTo("REGISTERED");
        assertThat(count(workshop.id, "REGISTERED")).isEqualTo(10);
        assertThat(count(workshop.id, "WAITLISTED")).isEqualTo(39);
        assertThat(Fixtures.count("select count(*) from notification where type = 'WORKSHOP_PROMOTED' and person_id = "
                + first.personId())).isEqualTo(1);
    }

    @Test
    void more_seats_go_to_the_waitlist_in_arrival_order_and_registration_closes_on_time() {
        Workshop workshop = workshop(1);
        Actor a = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("a")));
        Actor b = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("b")));
        Actor c = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("c")));
        for (Actor officer : List.of(a, b, c)) {
            QuarkusTransaction.requiringNew().run(() -> workshops.register(officer, workshop.id));
        }
        assertThat(workshops.seat(c.personId(), workshop.id)).isEqualTo(new WorkshopService.Seat("WAITLISTED", 2));
        // Asking again answers where one stands, and keeps the place.
        assertThat(QuarkusTransaction.requiringNew().call(() -> workshops.register(b, workshop.id)))
                .isEqualTo(new WorkshopService.Seat("WAITLISTED", 1));
        Actor office = Fixtures.fresh(this::office);
        WorkshopInputs.WorkshopInput bigger = new WorkshopInputs.WorkshopInput(workshop.title, "", "data", Workshop.Format.IN_PERSON,
                "Room 4", null, workshop.startsAt.atOffset(ZoneOffset.UTC), workshop.endsAt.atOffset(ZoneOffset.UTC),
                workshop.registrationClosesAt.atOffset(ZoneOffset.UTC), 2, null, List.of());
        QuarkusTransaction.requiringNew().run(() -> workshops.update(office, workshop.id, bigger));
        assertThat(workshops.seat(b.personId(), workshop.id).status()).isEqualTo("REGISTERED");
        assertThat(workshops.seat(c.personId(), workshop.id)).isEqualTo(new WorkshopService.Seat("WAITLISTED", 1));

        Fixtures.execute("update workshop set registration_closes_at = now() - interval '1 minute' where id = " + workshop.id);
        Actor late = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("late")));
        assertThat(Fixtures.outcome(() -> QuarkusTransaction.requiringNew().call(() -> workshops.register(late, workshop.id))))
                .isEqualTo("workshop-registration-closed");
        QuarkusTransaction.requiringNew().run(() -> workshops.cancel(office, workshop.id, "The trainer is ill."));
        assertThat(Fixtures.count("select count(*) from notification where type = 'WORKSHOP_CANCELLED' and person_id in ("
                + a.personId() + ", " + b.personId() + ", " + c.personId() + ")")).isEqualTo(3);
        assertThat(Fixtures.outcome(() -> QuarkusTransaction.requiringNew().call(() -> workshops.register(late, workshop.id))))
                .isEqualTo("workshop-cancelled");
    }

    @Test
    void the_code_checks_in_only_while_the_workshop_runs_and_attending_gives_skills_and_a_certificate_that_verifies() {
        Workshop workshop = workshop(5);
        Actor ana = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("ana")));
        QuarkusTransaction.requiringNew().run(() -> workshops.register(ana, workshop.id));
        String code = workshop.attendanceCode;
        assertThat(Fixtures.outcome(() -> {
            QuarkusTransaction.requiringNew().run(() -> attendance.checkIn(ana, workshop.id, code));
            return null;
        })).isEqualTo("workshop-check-in-closed");
        Fixtures.execute("update workshop set registration_closes_at = now() - interval '2 hours', starts_at = now() - interval '1 hour',"
                + " ends_at = now() + interval '1 hour' where id = " + workshop.id);
        assertThat(Fixtures.outcome(() -> {
            QuarkusTransaction.requiringNew().run(() -> attendance.checkIn(ana, workshop.id, "WRONG1"));
            return null;
        })).isEqualTo("invalid-input");
        QuarkusTransaction.requiringNew().run(() -> attendance.checkIn(ana, workshop.id, " " + code.toLowerCase() + " "));
        assertThat(attendance.attended(ana.personId(), workshop.id)).isTrue();
        assertThat(Fixtures.count("select count(*) from person_skill where person_id = " + ana.personId()
                + " and skill in ('data cleaning', 'sql')")).isEqualTo(2);
        AttendanceService.Certificate certificate = attendance.certificate(ana, workshop.id);
        assertThat(certificate.hours()).isEqualTo(2.0);
        assertThat(attendance.verify(certificate.code())).isPresent();
        assertThat(attendance.verify("NOPE")).isEmpty();
        assertThat(attendance.record(ana.personId())).extracting(AttendanceService.Learned::workshopId).containsExactly(workshop.id);
        given().when().get("/certificates/verify?code=" + certificate.code()).then().statusCode(200)
                .body(containsString("Valid: a certificate of attendance"))
                .body(containsString(workshop.title)).body(org.hamcrest.Matchers.not(containsString(certificate.name())));
        given().when().get("/certificates/verify?code=ZZZZZZZZZZZZ").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "workshop-officer", roles = "officer")
    void officers_register_through_the_api_but_may_not_run_workshops() {
        Workshop workshop = workshop(1);
        given().contentType(ContentType.JSON).when().post("/api/v1/workshops/" + workshop.id + "/registrations/me").then()
                .statusCode(201).body("status", equalTo("REGISTERED")).body("position", nullValue());
        given().when().get("/api/v1/workshops/" + workshop.id + "/registrations/me").then().body("status", equalTo("REGISTERED"));
        given().when().get("/api/v1/workshops/" + workshop.id).then().statusCode(200).body("registered", equalTo(1))
                .body("capacity", equalTo(1));
        Map<String, Object> body = new HashMap<>(Map.of("title", "Mine", "topic", "data", "format", "ONLINE",
                "meetingUrl", "https://meet.example.org/x", "capacity", 5));
        body.put("startsAt", "2030-01-10T09:00:00Z");
        body.put("endsAt", "2030-01-10T11:00:00Z");
        body.put("registrationClosesAt", "2030-01-09T09:00:00Z");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/workshops").then().statusCode(403);
        given().when().get("/api/v1/workshops/" + workshop.id + "/registrations").then().statusCode(403);
        given().when().delete("/api/v1/workshops/" + workshop.id + "/registrations/me").then().statusCode(204);
        given().when().get("/api/v1/workshops?format=DANCE").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/workshops?month=2030-13").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "workshop-office", roles = {"officer", "innovation-office"})
    void the_office_creates_with_every_mistake_reported_at_once_and_the_page_shows_the_workshop_in_spanish() {
        Map<String, Object> bad = new HashMap<>(Map.of("title", "", "topic", "astrology", "format", "ONLINE", "capacity", 0));
        bad.put("startsAt", "2030-01-10T09:00:00Z");
        bad.put("endsAt", "2030-01-10T08:00:00Z");
        bad.put("registrationClosesAt", "2030-01-11T09:00:00Z");
        given().contentType(ContentType.JSON).body(bad).when().post("/api/v1/workshops").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("title", "topic", "meetingUrl", "endsAt",
                        "registrationClosesAt", "capacity"));
        Map<String, Object> good = new HashMap<>(Map.of("title", "Datos abiertos para principiantes", "topic", "data",
                "format", "ROADSHOW", "location", "Ayuntamiento de Colón", "capacity", 2));
        good.put("startsAt", "2030-01-10T09:00:00Z");
        good.put("endsAt", "2030-01-10T12:30:00Z");
        good.put("registrationClosesAt", "2030-01-09T09:00:00Z");
        good.put("skills", List.of("Open Data"));
        int id = given().contentType(ContentType.JSON).body(good).when().post("/api/v1/workshops").then().statusCode(201)
                .body("skills[0]", equalTo("open data")).extract().path("id");
        given().header("Accept-Language", "es").when().get("/workshops/" + id).then().statusCode(200)
                .body(containsString("Parada itinerante")).body(containsString("Datos"))
                .body(containsString("0 de 2 plazas ocupadas")).body(containsString("3,5 h"));
        given().header("Accept-Language", "es").when().get("/workshops?topic=data&format=ROADSHOW&month=2030-01").then()
                .statusCode(200).body(containsString("Datos abiertos para principiantes"));
    }
}
