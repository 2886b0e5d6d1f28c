package org.semillero.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.semillero.people.Person;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.support.Fixtures;

/** The capacity map against a scenario whose numbers are known. */
@QuarkusTest
class CapacityMapTest {

    @Inject
    Fixtures fixtures;

    @Inject
    WorkshopService workshops;

    @Inject
    CapacityMap capacity;

    @Test
    @TestSecurity(user = "capacity-office", roles = {"officer", "innovation-office"})
    void a_department_with_four_officers_two_trained_in_data_shows_fifty_percent_hours_and_no_shows() {
        String department = Fixtures.unique("Customs");
        List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Person person = Fixtures.fresh(() -> fixtures.person(Fixtures.unique("customs")));
            Fixtures.execute("update person set department = '" + department + "' where id = " + person.id);
            people.add(person);
        }
        Actor office = new Actor(Fixtures.fresh(() -> fixtures.person(Fixtures.unique("office"))).id,
                Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        Workshop workshop = QuarkusTransaction.requiringNew().call(() -> workshops.create(office, Fixtures.workshopInput("Data", 10)));
        for (Person person : people.subList(0, 3)) {
            QuarkusTransaction.requiringNew().run(() -> workshops.register(new Actor(person.id, Set.of(Roles.OFFICER)), workshop.id));
        }
        // It took place last month, 3 hours: two came, one did not; one rated it 4, the other 5.
        Fixtures.execute("update workshop set registration_closes_at = now() - interval '31 days', starts_at = now() - interval '30 days',"
                + " ends_at = now() - interval '30 days' + interval '3 hours' where id = " + workshop.id);
        Fixtures.execute("update workshop_registration set attended = (person_id <> " + people.get(2).id + "), "
                + "certificate_code = case when person_id <> " + people.get(2).id + " then upper(substr(md5(random()::text), 1, 12)) end "
                + "where workshop_id = " + workshop.id);
        Fixtures.execute("insert into workshop_feedback (workshop_id, person_id, rating) values (" + workshop.id + ", "
                + people.get(0).id + ", 4), (" + workshop.id + ", " + people.get(1).id + ", 5)");

        CapacityMap.Picture map = Fixtures.fresh(() -> capacity.of(null, department, null));
        assertThat(map.cells()).containsExactly(new CapacityMap.Cell(department, "data", 2, 4, 50.0));
        assertThat(map.hours()).containsExactly(new CapacityMap.Hours(department, 6.0));
        assertThat(map.held()).isEqualTo(new CapacityMap.Held(1, 3, 2, 1, 66.7, 33.3));
        assertThat(map.feedback()).containsExactly(new CapacityMap.TopicFeedback("data", 4.5, 2));
        assertThat(Fixtures.fresh(() -> capacity.of(null, department, "agile")).cells()).isEmpty();

        given().when().get("/api/v1/dashboard/capacity?department=" + department).then().statusCode(200)
                .body("cells[0].trained", equalTo(2)).body("cells[0].share", equalTo(50.0f));
        given().header("Accept-Language", "es").when().get("/dashboard/capacity?department=" + department).then().statusCode(200)
                .body(containsString("<td>50 %</td>")).body(containsString("66,7 %"));
        given().when().get("/dashboard/capacity.csv?department=" + department).then().statusCode(200)
                .body(containsString("\"" + department + "\",\"data\",\"2\",\"4\",\"50.0\""));
        given().when().get("/api/v1/dashboard/capacity?year=abc").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "capacity-officer", roles = "officer")
    void officers_do_not_see_the_capacity_map() {
        given().when().get("/api/v1/dashboard/capacity").then().statusCode(403);
        given().when().get("/dashboard/capacity").then().statusCode(403);
    }
}
