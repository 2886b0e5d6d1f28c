package org.semillero.shared.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.semillero.shared.time.InstitutionClock;

/** Appends to and reads each person's activity feed. */
@ApplicationScoped
public class ActivityLog {

    private final InstitutionClock clock;

    ActivityLog(InstitutionClock clock) {
        this.clock = clock;
    }

    /** Joins the caller's transaction: the activity is kept only if the action is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long personId, String kind, String subject, String link) {
        Activity activity = new Activity();
        activity.personId = personId;
        activity.kind = kind;
        activity.subject = subject;
        activity.link = link;
        activity.createdAt = clock.now();
        activity.persist();
    }

    public List<Activity> recentFor(long personId, int limit) {
        return Activity.recentFor(personId, limit);
    }
}
