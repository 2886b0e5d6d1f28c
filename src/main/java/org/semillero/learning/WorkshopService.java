package org.semillero.learning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.Reasons;

/**
 * Workshops and their seats. Every change to who has a seat locks the workshop's row first, so
 * capacity holds and the waitlist keeps arrival order however many people click at once: a
 * registration takes a seat while fewer than the capacity are registered and joins the
 * waitlist otherwise; a freed seat (a cancellation, a larger capacity) goes to the first on
 * the waitlist at once. Registration closes at its time and never reopens after the start.
 */
@ApplicationScoped
public class WorkshopService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Where a person stands: REGISTERED, WAITLISTED (with their place) or CANCELLED, or nothing yet. */
    public record Seat(String status, Integer position) {
        public static final Seat NONE = new Seat(null, null);
    }

    /** A workshop with its numbers, for lists and its page. */
    public record Counts(long registered, long waitlisted) {
    }

    private final WorkshopWriting writing;
    private final InstitutionClock clock;
    private final Notifications notifications;
    private final AuditLog audit;

    WorkshopService(WorkshopWriting writing, InstitutionClock clock, Notifications notifications, AuditLog audit) {
        this.writing = writing;
        this.clock = clock;
        this.notifications = notifications;
        this.audit = audit;
    }

    public static boolean mayManage(Actor actor) {
        return actor.isOrganizer() || actor.has(Roles.INNOVATION_OFFICE);
    }

    static void requireManager(Actor actor) {
        if (!mayManage(actor)) {
            throw DomainException.forbidden("workshop-manage-forbidden");
        }
    }

    public Workshop get(long id) {
        return Workshop.<Workshop>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("workshop-not-found"));
    }

    public Counts counts(long id) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select count(*) filter (where status = 'REGISTERED'), count(*) filter (where status = 'WAITLISTED')
                from workshop_registration where workshop_id = :w""").setParameter("w", id).getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public List<String> skills(long id) {
        @SuppressWarnings("unchecked")
        List<String> skills = Panache.getEntityManager().createNativeQuery(
                "select skill from workshop_skill where workshop_id = :w order by skill").setParameter("w", id).getResultList();
        return skills;
    }

    @Transactional
    public Workshop create(Actor actor, WorkshopInputs.WorkshopInput input) {
        requireManager(actor);
        Workshop workshop = new Workshop();
        workshop.createdBy = actor.personId();
        workshop.attendanceCode = code(6);
        List<String> skills = writing.apply(workshop, input, clock.now(), true);
        workshop.persist();
        writing.setSkills(workshop.id, skills);
        audit.record(actor.personId(), AuditAction.WORKSHOP_CREATED, subject(workshop), null,
                Map.of("capacity", workshop.capacity, "startsAt", workshop.startsAt), null);
        return workshop;
    }

    /** Edits a workshop; a larger capacity gives the new seats to the waitlist at once. */
    @Transactional
    public Workshop update(Actor actor, long id, WorkshopInputs.WorkshopInput input) {
        requireManager(actor);
        Workshop workshop = lock(id);
        if (workshop.isCancelled()) {
            throw DomainException.conflict("workshop-cancelled");
        }
        List<String> skills = writing.apply(workshop, input, clock.now(), false);
        writing.setSkills(workshop.id, skills);
        promote(workshop);
        return workshop;
    }

    /** Cancels with a reason; everyone with a seat or on the waitlist is told. */
    @Transactional
    public Workshop cancel(Actor actor, long id, String reason) {
        requireManager(actor);
        Workshop workshop = lock(id);
        if (workshop.isCancelled()) {
            throw DomainException.conflict("workshop-cancelled");
        }
        workshop.cancelReason = Reasons.require(reason);
        workshop.cancelledAt = clock.now();
        workshop.updatedAt = workshop.cancelledAt;
        audit.record(actor.personId(), AuditAction.WORKSHOP_CANCELLED, subject(workshop), null, null, workshop.cancelReason);
        notifications.fanOut(actor.personId(), """
                select person_id from workshop_registration where workshop_id = :w and status in ('REGISTERED', 'WAITLISTED')""",
                Map.of("w", workshop.id), NotificationType.WORKSHOP_CANCELLED, "/workshops/" + workshop.id,
                Map.of("workshop", workshop.title));
        return workshop;
    }

    /** Takes a seat, or a place on the waitlist; asking again answers where one stands. */
    @Transactional
    public Seat register(Actor actor, long id) {
        Workshop workshop = lock(id);
        Instant now = clock.now();
        if (workshop.isCancelled()) {
            throw DomainException.conflict("workshop-cancelled");
        }
        if (!now.isBefore(workshop.registrationClosesAt) || !now.isBefore(workshop.startsAt)) {
            throw DomainException.conflict("workshop-registration-closed");
        }
        Seat current = seat(actor.personId(), id);
        if ("REGISTERED".equals(current.status()) || "WAITLISTED".equals(current.status())) {
            return current;
        }
        String status = counts(id).registered() < workshop.capacity ? "REGISTERED" : "WAITLISTED";
        Panache.getEntityManager().createNativeQuery("""
                insert into workshop_registration (workshop_id, person_id, status, registered_at) values (:w, :p, :s, :now)
                on conflict (workshop_id, person_id) do update
                set status = excluded.status, registered_at = excluded.registered_at,
                    arrival = nextval('workshop_registration_arrival_seq'), attended = null, checked_in_at = null""")
                .setParameter("w", id).setParameter("p", actor.personId()).setParameter("s", status).setParameter("now", now)
                .executeUpdate();
        return seat(actor.personId(), id);
    }

    /** Gives the seat (or the place on the waitlist) back; a freed seat goes to the first waiting. */
    @Transactional
    public void unregister(Actor actor, long id) {
        Workshop workshop = lock(id);
        if (!clock.now().isBefore(workshop.startsAt)) {
            throw DomainException.conflict("workshop-started");
        }
        int changed = Panache.getEntityManager().createNativeQuery("""
                update workshop_registration set status = 'CANCELLED'
                where workshop_id = :w and person_id = :p and status in ('REGISTERED', 'WAITLISTED')""")
                .setParameter("w", id).setParameter("p", actor.personId()).executeUpdate();
        if (changed == 0) {
            throw DomainException.notFound("workshop-registration-not-found");
        }
        promote(workshop);
    }

    public Seat seat(long personId, long workshopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select r.status, case when r.status = 'WAITLISTED' then (select count(*) from workshop_registration o
                    where o.workshop_id = r.workshop_id and o.status = 'WAITLISTED' and o.arrival <= r.arrival) end
                from workshop_registration r where r.workshop_id = :w and r.person_id = :p""")
                .setParameter("w", workshopId).setParameter("p", personId).getResultList();
        if (rows.isEmpty()) {
            return Seat.NONE;
        }
        Object position = rows.get(0)[1];
        return new Seat((String) rows.get(0)[0], position == null ? null : ((Number) position).intValue());
    }

    /** Free seats go to the waitlist in arrival order; the promoted are told. The workshop row is locked by the caller. */
    private void promote(Workshop workshop) {
        long free = workshop.capacity - counts(workshop.id).registered();
        if (free <= 0 || workshop.isCancelled() || !clock.now().isBefore(workshop.startsAt)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> promoted = Panache.getEntityManager().createNativeQuery("""
                update workshop_registration set status = 'REGISTERED'
                where workshop_id = :w and person_id in (
                    select person_id from workshop_registration where workshop_id = :w and status = 'WAITLISTED'
                    order by arrival limit :free)
                returning person_id""").setParameter("w", workshop.id).setParameter("free", free).getResultList();
        notifications.send(null, promoted.stream().map(Number::longValue).toList(), NotificationType.WORKSHOP_PROMOTED,
                "/workshops/" + workshop.id, Map.of("workshop", workshop.title));
    }

    Workshop lock(long id) {
        Workshop workshop = Workshop.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (workshop == null) {
            throw DomainException.notFound("workshop-not-found");
        }
        return workshop;
    }

    static AuditLog.Subject subject(Workshop workshop) {
        return AuditLog.Subject.of("workshop", workshop.id, workshop.title);
    }

    static String code(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    /** Check-in opens this long before the start and closes at the end. */
    static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);

    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
