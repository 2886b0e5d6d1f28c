package org.semillero.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.semillero.support.Fixtures;
import org.semillero.support.Parallel;

/** Phase rules that must hold when people and the scheduler act at the same moment. */
@QuarkusTest
class PhaseConcurrencyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EventService events;

    /** An event opened before its dates passed, as if the schedule had been running all along. */
    private Event openedLongAgo(EventPhase phase, OffsetDateTime ideation) {
        Event event = fixtures.event(phase, ideation);
        QuarkusTransaction.requiringNew().run(() -> Event.getEntityManager()
                .createNativeQuery("update event set last_manual_change_at = ideation_starts_at where id = :id")
                .setParameter("id", event.id).executeUpdate());
        return event;
    }

    private static EventPhase phaseOf(Event event) {
        return QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(event.id).phase);
    }

    private static long automaticChanges(Event event) {
        return Fixtures.count("select count(*) from event_phase_change where automatic and event_id = " + event.id);
    }

    @Test
    void the_schedule_advances_step_by_step_through_every_passed_date() {
        Event event = openedLongAgo(EventPhase.IDEATION, OffsetDateTime.now(ZoneOffset.UTC).minusDays(15));
        events.advanceDuePhases();
        assertThat(phaseOf(event)).isEqualTo(EventPhase.VOTING);
        assertThat(automaticChanges(event)).isEqualTo(2);
        events.advanceDuePhases();
        assertThat(phaseOf(event)).isEqualTo(EventPhase.VOTING);
    }

    @Test
    void the_schedule_never_publishes_drafts_nor_overrides_a_later_manual_move() {
        Event draft = fixtures.event(EventPhase.DRAFT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(30));
        Event movedByHand = fixtures.event(EventPhase.HACKING, OffsetDateTime.now(ZoneOffset.UTC).minusDays(30));
        events.advanceDuePhases();
        assertThat(phaseOf(draft)).isEqualTo(EventPhase.DRAFT);
        assertThat(phaseOf(movedByHand)).isEqualTo(EventPhase.HACKING);
    }

    @Test
    void replicas_running_the_schedule_at_once_never_move_an_event_twice() throws Exception {
        Event event = openedLongAgo(EventPhase.IDEATION, OffsetDateTime.now(ZoneOffset.UTC).minusDays(22));
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(() -> events.advanceDuePhases());
        }
        Parallel.run(runs);
        assertThat(phaseOf(event)).isEqualTo(EventPhase.RESULTS);
        assertThat(automaticChanges(event)).isEqualTo(3);
        assertThat(Fixtures.count("select count(distinct from_phase) from event_phase_change where automatic and event_id = "
                + event.id)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "olga-race", roles = {"officer", "organizer"})
    void two_organizers_clicking_advance_at_once_make_one_transition() throws Exception {
        Event event = fixtures.event(EventPhase.IDEATION);
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(() -> given().contentType(ContentType.JSON).body(Map.of("from", "IDEATION", "to", "HACKING"))
                    .when().post("/api/v1/events/" + event.slug + "/phase-changes").statusCode());
        }
        List<Integer> statuses = Parallel.run(clicks);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(phaseOf(event)).isEqualTo(EventPhase.HACKING);
        assertThat(Fixtures.count("select count(*) from event_phase_change where to_phase = 'HACKING' and event_id = "
                + event.id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "first-timer-race", roles = "officer")
    void a_burst_of_first_requests_creates_one_profile() throws Exception {
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> given().when().get("/api/v1/people/me").statusCode());
        }
        assertThat(Parallel.run(requests)).containsOnly(200);
        assertThat(Fixtures.count("select count(*) from person where subject = 'first-timer-race'")).isEqualTo(1);
    }
}
