package org.semillero.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.semillero.backlog.PromotionService;
import org.semillero.people.Person;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;

/**
 * Two years of portfolio history for the demo (dev mode only), so the dashboard's cohorts, lead
 * times and stage durations have something plausible to show: challenges raised in earlier
 * quarters, the 2025 citizen-service event's entries built on ideas that answer two of them, both
 * promoted after its results (published on the event's own dates, see {@link DemoClock}) and
 * moving through their stages, and an idea-box idea promoted a
 * year ago and delivered since. Promotions go through the service; the past is then written as
 * rows with their dates, like the rest of the demo's past.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoPortfolio {

    private static final String EVENT = "atencion-ciudadana-2025";

    private final PromotionService promotions;
    private Instant now;

    DemoPortfolio(PromotionService promotions) {
        this.promotions = promotions;
    }

    void load() {
        now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        long olga = person("olga");
        long phones = id("select id from challenge where title = 'La cita previa telefónica se colapsa'");
        sql("update challenge set status = 'ACCEPTED', reviewed_by = :olga, reviewed_at = :reviewed, created_at = :at, "
                + "updated_at = :reviewed where id = :id", Map.of("olga", olga, "reviewed", ago(232), "at", ago(240), "id", phones));
        long faq = challenge("Las mismas preguntas colapsan el teléfono", "Atención ciudadana", "Citizen Services", "julia", 300);
        challenge("Las citas de especialista se pierden por correo", "Consultas externas", "Health Services", "bruno", 690);
        challenge("El padrón exige ir en persona", "Padrón municipal", "Citizen Services", "ivan", 560);
        challenge("Las facturas de proveedores se pagan tarde", "Contratación", "Tax Agency", "ana", 470);
        // Someone whose identity provider sends no department: the dashboard counts her under "Department not set".
        sql("insert into person (subject, username, display_name, email, preferred_language) "
                + "values ('nora', 'nora', 'Nora Vega', 'nora@example.org', 'es') on conflict (subject) do nothing", Map.of());
        challenge("Los informes de bajas se tramitan en papel", "Recursos humanos", "", "nora", 90);
        long event = id("select id from event where slug = '" + EVENT + "'");
        for (long theme : new long[] {phones, faq}) {
            sql("insert into event_challenge (event_id, challenge_id, attached_by, attached_at) values (:e, :c, :o, :at)",
                    Map.of("e", event, "c", theme, "o", olga, "at", ago(205)));
        }
        long agenda = idea("Agenda única de cita previa", "Cada oficina lleva su propia agenda telefónica.",
                "Una agenda común con cita en línea y por teléfono.", "ivan", event, phones, 195);
        idea("Devolución automática de llamadas", "Quien llama en hora punta cuelga sin respuesta.",
                "Ofrecer una llamada de vuelta en lugar de la espera.", "julia", event, phones, 193);
        long assistant = idea("Asistente de preguntas frecuentes", "Las mismas diez preguntas ocupan la mitad de las llamadas.",
                "Un asistente en la web que responde las preguntas frecuentes.", "karla", event, faq, 192);
        long unified = entry(event, "Cita previa unificada", agenda, phones);
        long chat = entry(event, "Chat de atención", assistant, faq);

        Actor ines = new Actor(person("ines"), Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        long first = promotions.promoteSubmission(ines, unified).project().id;
        history(first, "Citizen Services, IT", 150, "APPROVED", 135, "IN_PROGRESS", 110, "PILOT", 60);
        long second = promotions.promoteSubmission(ines, chat).project().id;
        history(second, "Citizen Services", 145, "APPROVED", 120, "IN_PROGRESS", 100);
        long payroll = id("select id from idea where title = 'Shared payroll service'");
        sql("update idea set state = 'SHORTLISTED', created_at = :at, submitted_at = :at, updated_at = :at where id = :id",
                Map.of("at", ago(420), "id", payroll));
        long shared = promotions.promoteIdea(ines, payroll).project().id;
        history(shared, "Human resources", 380, "APPROVED", 360, "IN_PROGRESS", 330, "PILOT", 250, "DELIVERED", 200);
    }

    private long challenge(String title, String service, String department, String author, int daysAgo) {
        return id("insert into challenge (title, service, problem, affected, department, status, author_id, created_at, "
                + "updated_at) values (:title, :service, :title, 'CITIZENS', nullif(:department, ''), 'ACCEPTED', :author, :at, :at) "
                + "returning id", Map.of("title", title, "service", service, "department", department, "author",
                person(author), "at", ago(daysAgo)));
    }

    private long idea(String title, String problem, String solution, String author, long event, long challenge, int daysAgo) {
        return id("insert into idea (title, problem, solution, service, department, event_id, challenge_id, state, "
                + "author_id, submitted_at, created_at, updated_at) select :title, :problem, :solution, 'Atención ciudadana', "
                + "p.department, :event, :challenge, 'SUBMITTED', p.id, :at, :at, :at from person p where p.subject = :author "
                + "returning id", Map.of("title", title, "problem", problem, "solution", solution, "event", event,
                "challenge", challenge, "author", author, "at", ago(daysAgo)));
    }

    /** The event's team by name now builds on an idea and answers a theme; its dates move into the event's hacking weeks. */
    private long entry(long event, String team, long idea, long challenge) {
        long id = id("update submission s set challenge_id = :c, created_at = :created, finalized_at = :final, "
                + "updated_at = :final from team t where t.id = s.team_id and t.event_id = :e and t.name = :team "
                + "returning s.id", Map.of("c", challenge, "created", ago(188), "final", ago(182), "e", event, "team", team));
        sql("update team set idea_id = :i, created_at = :at where event_id = :e and name = :team",
                Map.of("i", idea, "at", ago(189), "e", event, "team", team));
        sql("update team_member set joined_at = :at where team_id = (select team_id from submission where id = :s)",
                Map.of("at", ago(189), "s", id));
        return id;
    }

    /** Dates a promoted project's past: promoted {@code promotedDaysAgo}, then each stage and the days ago it began. */
    private void history(long project, String departments, int promotedDaysAgo, Object... moves) {
        sql("update project set departments = :d, created_at = :at, updated_at = :at where id = :p",
                Map.of("d", departments, "at", ago(promotedDaysAgo), "p", project));
        sql("update project_history set at = :at where project_id = :p and kind = 'PROMOTED'",
                Map.of("at", ago(promotedDaysAgo), "p", project));
        String from = "PROPOSED";
        int last = promotedDaysAgo;
        for (int i = 0; i < moves.length; i += 2) {
            String to = (String) moves[i];
            last = (Integer) moves[i + 1];
            sql("insert into project_history (project_id, kind, actor_id, detail, at) "
                    + "select :p, 'STAGE', id, :detail, :at from person where subject = 'ines'",
                    Map.of("p", project, "detail", from + " → " + to, "at", ago(last)));
            from = to;
        }
        sql("update project set stage = :stage, stage_since = :at, last_activity_at = :at where id = :p",
                Map.of("stage", from, "at", ago(last), "p", project));
    }

    private Instant ago(int days) {
        return now.minus(days, ChronoUnit.DAYS);
    }

    private static long person(String subject) {
        return Person.findBySubject(subject).orElseThrow().id;
    }

    private static long id(String sql) {
        return id(sql, Map.of());
    }

    /** The id a statement returns; an insert or update with {@code returning} is read through a CTE. */
    private static long id(String sql, Map<String, Object> params) {
        var query = Panache.getEntityManager().createNativeQuery(sql.startsWith("select") ? sql
                : "with x as (" + sql + ") select * from x");
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void sql(String sql, Map<String, Object> params) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.executeUpdate();
    }
}
