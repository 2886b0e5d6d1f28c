package org.semillero.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.semillero.shared.time.InstitutionClock;

/**
 * Builds daily and weekly digests: one outbox row per person and window, for the notifications
 * of that window in the categories they get in that digest. Windows follow the institution's
 * calendar and each starts where the last built one ended, so a pause or a restart leaves no
 * gap and no overlap; the window's row (and the outbox's unique key) make a digest once per
 * window per person, however many replicas run this. A person with nothing in a window gets no
 * digest.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    /** A category's delivery for a person: their choice, else the category's default. */
    static final String DELIVERY = "coalesce(pref.delivery, case n.category "
            + Arrays.stream(Category.values()).map(c -> "when '" + c.name() + "' then '" + c.byDefault.name() + "'")
                    .collect(Collectors.joining(" ")) + " end)";

    private final InstitutionClock clock;
    private final MailConfig config;

    DigestService(InstitutionClock clock, MailConfig config) {
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${semillero.mail.digest-check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        buildDue(clock.now());
    }

    /** Builds every window due at {@code now}; the number of digests queued. */
    public int buildDue(Instant now) {
        int queued = 0;
        for (Delivery kind : List.of(Delivery.DAILY, Delivery.WEEKLY)) {
            Instant lastEnd = QuarkusTransaction.requiringNew().call(() -> (Instant) Panache.getEntityManager()
                    .createNativeQuery("select max(window_end) from digest_window where kind = :kind", Instant.class)
                    .setParameter("kind", kind.name()).getSingleResult());
            for (DigestWindows.Window window : DigestWindows.due(kind, lastEnd, now, clock.zone(), config.digestHour())) {
                queued += QuarkusTransaction.requiringNew().call(() -> build(window));
            }
        }
        if (queued > 0) {
            LOG.infof("Digests queued: %d", queued);
        }
        return queued;
    }

    /** One window, once: the window's row is claimed first; a replica that finds it taken does nothing. */
    private int build(DigestWindows.Window window) {
        int claimed = Panache.getEntityManager().createNativeQuery("""
                insert into digest_window (kind, window_start, window_end) values (:kind, :start, :end)
                on conflict do nothing""")
                .setParameter("kind", window.kind().name()).setParameter("start", window.start())
                .setParameter("end", window.end()).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        return Panache.getEntityManager().createNativeQuery("""
                insert into mail_outbox (person_id, kind, window_start, window_end)
                select distinct n.person_id, :kind, cast(:start as timestamptz), cast(:end as timestamptz)
                from notification n join person p on p.id = n.person_id
                left join notification_preference pref on pref.person_id = n.person_id and pref.category = n.category
                where n.created_at >= :start and n.created_at < :end
                  and p.email is not null and p.removed_at is null and %s = :kind
                on conflict do nothing""".formatted(DELIVERY))
                .setParameter("kind", window.kind().name()).setParameter("start", window.start())
                .setParameter("end", window.end()).executeUpdate();
    }
}
