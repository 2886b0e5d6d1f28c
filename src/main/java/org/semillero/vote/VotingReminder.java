package org.semillero.vote;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.shared.time.InstitutionClock;

/**
 * A day before voting closes, people (every one of them an officer) who have not cast a ballot are reminded, once per event.
 * The reminder says nothing about anyone's ballot: not voting is the only thing it knows, and it
 * tells only the person themselves. The event's reminder row is claimed first, so replicas
 * running this at once remind once.
 */
@ApplicationScoped
public class VotingReminder {

    static final Duration AHEAD = Duration.ofHours(24);

    private final Notifications notifications;
    private final InstitutionClock clock;

    VotingReminder(Notifications notifications, InstitutionClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(every = "${semillero.phases.check-every}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        remindDue(clock.now());
    }

    /** Reminds for every event whose voting closes within a day of {@code now}; the number of events. */
    public int remindDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                select e.id, e.slug, e.title from event e
                where e.phase = 'VOTING' and e.results_at > :now and e.results_at <= :soon
                  and not exists (select 1 from event_reminder r where r.event_id = e.id and r.kind = 'VOTING_CLOSING')""")
                .setParameter("now", now).setParameter("soon", now.plus(AHEAD)).getResultList());
        int reminded = 0;
        for (Object[] event : events) {
            reminded += QuarkusTransaction.requiringNew().call(() -> remind(((Number) event[0]).longValue(),
                    (String) event[1], (String) event[2]));
        }
        return reminded;
    }

    private int remind(long eventId, String slug, String title) {
        int claimed = Panache.getEntityManager().createNativeQuery("""
                insert into event_reminder (event_id, kind) values (:event, 'VOTING_CLOSING') on conflict do nothing""")
                .setParameter("event", eventId).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        notifications.fanOut(null, """
                select p.id as person_id from person p
                where p.removed_at is null
                  and not exists (select 1 from ballot b where b.event_id = :event and b.voter_id = p.id)""",
                Map.of("event", eventId), NotificationType.VOTING_CLOSING, "/events/" + slug + "/ballot",
                Map.of("event", title));
        return 1;
    }
}
