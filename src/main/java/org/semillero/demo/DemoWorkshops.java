package org.semillero.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A training programme for the demo (dev mode only): three past workshops with attendance and
 * feedback, so the capacity map has something to show, and three upcoming ones: one full with a
 * waitlist, one roadshow stop, one online. Written as rows, like the rest of the demo's past.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoWorkshops {

    /** Past: title, topic, format, place, days ago, hours; then who attended and who did not come. */
    private record Past(String title, String topic, String format, String place, int daysAgo, int hours,
                        List<String> attended, List<String> absent) {
    }

    void load() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (Past past : List.of(
                new Past("Datos abiertos: primeros pasos", "data", "IN_PERSON", "Sede central, sala 2", 60, 3,
                        List.of("ana", "carmen", "diego", "karla"), List.of("luis")),
                new Past("Diseño de servicios con la ciudadanía", "service-design", "ROADSHOW", "Innomóvil, Colón", 35, 4,
                        List.of("ivan", "julia", "gloria", "ana"), List.of("hugo")),
                new Past("Gobierno electrónico básico", "e-government", "ONLINE", null, 20, 2,
                        List.of("elena", "felipe", "bruno"), List.of()))) {
            long id = workshop(past.title(), past.topic(), past.format(), past.place(),
                    now.minus(past.daysAgo(), ChronoUnit.DAYS), past.hours(), 20);
            for (String who : past.attended()) {
                seat(id, who, "REGISTERED", true);
            }
            for (String who : past.absent()) {
                seat(id, who, "REGISTERED", false);
            }
            Panache.getEntityManager().createNativeQuery("""
                    insert into workshop_feedback (workshop_id, person_id, rating, comment)
                    select r.workshop_id, r.person_id, 3 + (r.person_id % 3), '' from workshop_registration r
                    where r.workshop_id = :w and r.attended""").setParameter("w", id).executeUpdate();
        }
        long agile = workshop("Métodos ágiles para equipos públicos", "agile", "IN_PERSON", "Sede central, sala 1",
                now.plus(9, ChronoUnit.DAYS), 3, 2);
        seat(agile, "carmen", "REGISTERED", null);
        seat(agile, "diego", "REGISTERED", null);
        seat(agile, "luis", "WAITLISTED", null);
        workshop("Innomóvil: trámites en línea para todos", "e-government", "ROADSHOW", "Innomóvil, David (Chiriquí)",
                now.plus(16, ChronoUnit.DAYS), 4, 25);
        workshop("Servicios digitales accesibles", "digital-services", "ONLINE", null, now.plus(23, ChronoUnit.DAYS), 2, 40);
    }

    private static long workshop(String title, String topic, String format, String place, Instant start, int hours,
                                 int capacity) {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                insert into workshop (title, description, topic, format, location, meeting_url, starts_at, ends_at,
                    registration_closes_at, capacity, attendance_code, created_by)
                values (:title, :description, :topic, :format, :place, :link, :start, :end, :closes, :capacity,
                    upper(substr(md5(:title), 1, 6)), (select id from person where subject = 'ines'))
                returning id""")
                .setParameter("title", title).setParameter("description", "Práctico, con casos de la institución.")
                .setParameter("topic", topic).setParameter("format", format).setParameter("place", place)
                .setParameter("link", place == null ? "https://meet.example.org/" + topic : null)
                .setParameter("start", start).setParameter("end", start.plus(hours, ChronoUnit.HOURS))
                .setParameter("closes", start.minus(1, ChronoUnit.DAYS)).setParameter("capacity", capacity)
                .getSingleResult()).longValue();
    }

    private static void seat(long workshop, String subject, String status, Boolean attended) {
        Panache.getEntityManager().createNativeQuery("""
                insert into workshop_registration (workshop_id, person_id, status, attended, certificate_code)
                select :w, id, :status, :attended, case when :attended then upper(substr(md5(:w || subject), 1, 12)) end
                from person where subject = :subject""")
                .setParameter("w", workshop).setParameter("subject", subject).setParameter("status", status)
                .setParameter("attended", attended).executeUpdate();
    }
}
