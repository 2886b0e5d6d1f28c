package org.semillero.vote;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.semillero.shared.time.InstitutionClock;

/**
 * Deletes the per-change ballot history ({@code ballot_log}) of events closed longer ago than
 * the retention period. What each voter last gave (the {@code vote} rows, which the published
 * totals are computed from) stays; only the trail of intermediate choices goes.
 */
@ApplicationScoped
public class BallotHistoryRetention {

    private static final Logger LOG = Logger.getLogger(BallotHistoryRetention.class);

    private final SecrecyConfig secrecy;
    private final InstitutionClock clock;

    BallotHistoryRetention(SecrecyConfig secrecy, InstitutionClock clock) {
        this.secrecy = secrecy;
        this.clock = clock;
    }

    @Scheduled(every = "${semillero.secrecy.retention-check-every:6h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Returns how many history rows were deleted. */
    @Transactional
    public int purge() {
        int deleted = Panache.getEntityManager().createNativeQuery("""
                delete from ballot_log l using event e
                where l.event_id = e.id and e.phase = 'CLOSED'
                  and (select max(c.changed_at) from event_phase_change c
                       where c.event_id = e.id and c.to_phase = 'CLOSED') < :cutoff""")
                .setParameter("cutoff", clock.now().minus(secrecy.ballotLogRetention())).executeUpdate();
        if (deleted > 0) {
            LOG.infof("Deleted %d ballot history rows of events closed more than %s ago", deleted,
                    secrecy.ballotLogRetention());
        }
        return deleted;
    }
}
