package org.semillero.learning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * Who came: the organizer's check-in list, or the code shown in the room that attendees enter
 * while the workshop runs (from half an hour before the start to the end). Attending gives a
 * certificate code and adds the workshop's skills to the person's profile. Attendees may then
 * rate the workshop (1–5 and a comment); organizers see the average only.
 */
@ApplicationScoped
public class AttendanceService {

    /** One person on the check-in list. */
    public record Registrant(long personId, String name, String department, String status, Integer position,
                             Boolean attended) {
    }

    /** A printable certificate of attendance. */
    public record Certificate(String name, String workshop, Instant startsAt, double hours, String code) {
    }

    /** What the public verification page shows: that the certificate exists, for which workshop and day. */
    public record Verified(String workshop, Instant startsAt) {
    }

    /** An attended workshop in a person's learning record. */
    public record Learned(long workshopId, String title, String topic, Instant startsAt, double hours, String certificateCode) {
    }

    private final WorkshopService workshops;
    private final InstitutionClock clock;
    private final AuditLog audit;

    AttendanceService(WorkshopService workshops, InstitutionClock clock, AuditLog audit) {
        this.workshops = workshops;
        this.clock = clock;
        this.audit = audit;
    }

    public List<Registrant> registrants(Actor actor, long id) {
        WorkshopService.requireManager(actor);
        workshops.get(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id, p.display_name, coalesce(p.department, ''), r.status,
                       case when r.status = 'WAITLISTED' then row_number() over (partition by r.status order by r.arrival) end,
                       r.attended
                from workshop_registration r join person p on p.id = r.person_id
                where r.workshop_id = :w and r.status <> 'CANCELLED'
                order by case r.status when 'REGISTERED' then 0 else 1 end, r.arrival""").setParameter("w", id).getResultList();
        return rows.stream().map(r -> new Registrant(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).intValue(), (Boolean) r[5])).toList();
    }

    /** Marks attended or absent (people with a seat only); once the workshop has started. */
    @Transactional
    public void mark(Actor actor, long id, Map<Long, Boolean> attendance) {
        WorkshopService.requireManager(actor);
        Workshop workshop = workshops.lock(id);
        if (clock.now().isBefore(workshop.startsAt.minus(WorkshopService.CHECK_IN_EARLY))) {
            throw DomainException.conflict("workshop-not-started");
        }
        if (attendance == null || attendance.isEmpty()) {
            throw DomainException.invalid(List.of(FieldError.of("attendance", "validation.required")));
        }
        for (Map.Entry<Long, Boolean> mark : attendance.entrySet()) {
            if (mark.getKey() == null || mark.getValue() == null) {
                throw DomainException.invalid(List.of(FieldError.of("attendance", "validation.required")));
            }
            if (!set(workshop, mark.getKey(), mark.getValue())) {
                throw DomainException.invalid(List.of(FieldError.of("attendance", "workshop.attendance.not-registered")));
            }
        }
        audit.record(actor.personId(), AuditAction.WORKSHOP_ATTENDANCE, WorkshopService.subject(workshop), null,
                Map.of("marked", attendance.size()), null);
    }

    /** The attendee enters the code shown in the room, while the workshop runs. */
    @Transactional
    public void checkIn(Actor actor, long id, String code) {
        Workshop workshop = workshops.lock(id);
        Instant now = clock.now();
        if (workshop.isCancelled() || now.isBefore(workshop.startsAt.minus(WorkshopService.CHECK_IN_EARLY))
                || now.isAfter(workshop.endsAt)) {
            throw DomainException.conflict("workshop-check-in-closed");
        }
        if (!WorkshopService.normalise(code).equals(workshop.attendanceCode)) {
            throw DomainException.invalid(List.of(FieldError.of("code", "workshop.code.wrong")));
        }
        if (!set(workshop, actor.personId(), true)) {
            throw DomainException.conflict("workshop-no-seat");
        }
    }

    /** One rating per attendee, changeable; after the start only. */
    @Transactional
    public void feedback(Actor actor, long id, Integer rating, String comment) {
        Workshop workshop = workshops.get(id);
        if (!Boolean.TRUE.equals(attended(actor.personId(), id)) || clock.now().isBefore(workshop.startsAt)) {
            throw DomainException.forbidden("workshop-feedback-attendees");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw DomainException.invalid(List.of(new FieldError("rating", "validation.range", Map.of("min", 1, "max", 5))));
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 2000) {
            throw DomainException.invalid(List.of(new FieldError("comment", "validation.size.max", Map.of("max", 2000))));
        }
        Panache.getEntityManager().createNativeQuery("""
                insert into workshop_feedback (workshop_id, person_id, rating, comment) values (:w, :p, :r, :c)
                on conflict (workshop_id, person_id) do update set rating = excluded.rating, comment = excluded.comment""")
                .setParameter("w", id).setParameter("p", actor.personId()).setParameter("r", rating).setParameter("c", text)
                .executeUpdate();
    }

    public Boolean attended(long personId, long workshopId) {
        @SuppressWarnings("unchecked")
        List<Boolean> rows = Panache.getEntityManager().createNativeQuery(
                "select attended from workshop_registration where workshop_id = :w and person_id = :p")
                .setParameter("w", workshopId).setParameter("p", personId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public Certificate certificate(Actor actor, long id) {
        Workshop workshop = workshops.get(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.display_name, r.certificate_code from workshop_registration r join person p on p.id = r.person_id
                where r.workshop_id = :w and r.person_id = :p and r.attended""")
                .setParameter("w", id).setParameter("p", actor.personId()).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("workshop-certificate-not-found");
        }
        return new Certificate((String) rows.get(0)[0], workshop.title, workshop.startsAt, workshop.hours(), (String) rows.get(0)[1]);
    }

    public Optional<Verified> verify(String code) {
        String clean = WorkshopService.normalise(code);
        if (clean.isEmpty() || clean.length() > 16) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select w.title, w.starts_at from workshop_registration r join workshop w on w.id = r.workshop_id
                where r.certificate_code = :c and r.attended""").setParameter("c", clean).getResultList();
        return rows.stream().findFirst().map(r -> new Verified((String) r[0], org.semillero.shared.time.Instants.of(r[1])));
    }

    /** The workshops a person attended, newest first. */
    public List<Learned> record(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select w.id, w.title, w.topic, w.starts_at, extract(epoch from w.ends_at - w.starts_at) / 3600.0, r.certificate_code
                from workshop_registration r join workshop w on w.id = r.workshop_id
                where r.person_id = :p and r.attended order by w.starts_at desc""").setParameter("p", personId).getResultList();
        return rows.stream().map(r -> new Learned(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                org.semillero.shared.time.Instants.of(r[3]), Math.round(((Number) r[4]).doubleValue() * 4) / 4.0,
                (String) r[5])).toList();
    }

    /** Sets one mark; attending gives a certificate code and the workshop's skills. False when the person has no seat. */
    private boolean set(Workshop workshop, long personId, boolean attended) {
        int changed = Panache.getEntityManager().createNativeQuery("""
                update workshop_registration set attended = :a, checked_in_at = case when :a then coalesce(checked_in_at, :now) end,
                       certificate_code = case when :a then coalesce(certificate_code, :code) end
                where workshop_id = :w and person_id = :p and status = 'REGISTERED'""")
                .setParameter("a", attended).setParameter("now", clock.now()).setParameter("code", WorkshopService.code(12))
                .setParameter("w", workshop.id).setParameter("p", personId).executeUpdate();
        if (changed == 1 && attended) {
            Panache.getEntityManager().createNativeQuery("""
                    insert into person_skill (person_id, skill) select :p, skill from workshop_skill where workshop_id = :w
                    on conflict do nothing""").setParameter("p", personId).setParameter("w", workshop.id).executeUpdate();
        }
        return changed == 1;
    }
}
