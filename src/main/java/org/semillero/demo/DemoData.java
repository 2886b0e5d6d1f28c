package org.semillero.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import org.semillero.challenge.Affected;
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeInputs;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaInputs;
import org.semillero.idea.IdeaService;
import org.semillero.judging.JuryInputs;
import org.semillero.judging.JuryService;
import org.semillero.people.Person;
import org.semillero.people.PersonInputs;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.team.SubmissionService;
import org.semillero.team.Team;
import org.semillero.team.TeamInputs;
import org.semillero.team.TeamRequest;
import org.semillero.team.TeamRequestService;
import org.semillero.team.TeamService;
import org.semillero.vote.VoteService;

/**
 * Demo data for dev mode only (never built into test or prod): the dev login's users with
 * departments, events in several phases, challenges, ideas, teams, and an event in voting
 * with a jury, in Spanish and English.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final ChallengeService challenges;
    private final DemoWorkshops workshops;
    private final DemoPortfolio portfolio;
    private final DemoClock clock;
    private final IdeaService ideas;
    private final TeamService teams;
    private final PersonService people;
    private final SubmissionService submissions;
    private final JuryService jury;
    private final EventService events;
    private final VoteService votes;

    private final DemoCatalogue catalogue;

    private final TeamRequestService requests;

    DemoData(ChallengeService challenges, IdeaService ideas, TeamService teams, PersonService people,
             SubmissionService submissions, JuryService jury, EventService events, VoteService votes, TeamRequestService requests,
             DemoWorkshops workshops, DemoPortfolio portfolio, DemoCatalogue catalogue, DemoClock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.portfolio = portfolio;
        this.workshops = workshops;
        this.requests = requests;
        this.votes = votes;
        this.challenges = challenges;
        this.ideas = ideas;
        this.teams = teams;
        this.people = people;
        this.submissions = submissions;
        this.jury = jury;
        this.events = events;
    }

    @Transactional
    void load(@Observes StartupEvent ignored) {
        if (((Number) Panache.getEntityManager().createNativeQuery("select count(*) from event").getSingleResult())
                .longValue() > 0) {
            return;
        }
        person("ana", "Ana Pérez", "Tax Agency", "es");
        person("bruno", "Bruno Silva", "Health Services", "en");
        person("olga", "Olga Martín", "Innovation Office", "es");
        person("ines", "Inés Rojas", "Innovation Office", "es");
        person("admin", "Admin", "IT", "en");

        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Duration day = Duration.ofDays(1);
        event("hackaton-tramites-2026", "Hackatón de trámites digitales 2026",
                "Tres semanas para simplificar los trámites más usados por la ciudadanía.\n"
                        + "Abierto a todos los funcionarios.",
                "IDEATION", now.minus(day.multipliedBy(3)), day.multipliedBy(10));
        event("health-waiting-lists", "Health waiting lists challenge",
                "Officers from hospitals and the ministry build tools to make waiting lists shorter and clearer.",
                "HACKING", now.minus(day.multipliedBy(12)), day.multipliedBy(7));
        event("open-data-week", "Open data week",
                "A short event on publishing the institution's data sets.",
                "HACKING", now.minus(day.multipliedBy(20)), day.multipliedBy(6));
        event("atencion-ciudadana-2025", "Atención ciudadana 2025",
                "Ideas para mejorar la atención presencial y telefónica.",
                "HACKING", now.minus(day.multipliedBy(200)), day.multipliedBy(10));
        event("procurement-2027", "Public procurement 2027",
                "Draft: a hackathon on making public procurement simpler for small suppliers.",
                "DRAFT", now.plus(day.multipliedBy(30)), day.multipliedBy(10));
        loadChallengesAndIdeas();
        loadVoting();
        loadFinishedEvent();
        portfolio.load();
        workshops.load();
        catalogue.load();
        LOG.info("Loaded demo data: 15 people, 5 events, 3 challenges, 3 ideas, 6 teams, a jury, a finished event, "
                + "6 workshops, two years of portfolio history, 10 services with 18 months of signals");
    }

    private void loadChallengesAndIdeas() {
        Actor olga = actor("olga", Roles.ORGANIZER);
        Actor ana = actor("ana");
        Actor bruno = actor("bruno");
        Challenge certificates = challenges.record(ana, new ChallengeInputs.ChallengeInput(
                "Las partidas de nacimiento tardan tres semanas", "Registro civil",
                "Para pedir una partida hay que ir dos veces a la oficina y esperar tres semanas.",
                Affected.CITIZENS, "Libro de reclamaciones de la oficina central", new BigDecimal("420"),
                "reclamaciones al mes", null));
        challenges.accept(olga, certificates.id);
        challenges.attach(olga, "hackaton-tramites-2026", certificates.id);
        challenges.record(bruno, new ChallengeInputs.ChallengeInput("Waiting lists are opaque", "Hospital outpatient services",
                "Patients cannot see where they are on a waiting list, so they call the hospital again and again.",
                Affected.BOTH, "Call centre logs", new BigDecimal("1800"), "calls per week", null));
        challenges.record(ana, new ChallengeInputs.ChallengeInput("La cita previa telefónica se colapsa", "Atención ciudadana",
                "Los lunes la línea de cita previa no responde durante horas.", Affected.BOTH, "", null, null, null));

        Idea appointments = ideas.propose(bruno, new IdeaInputs.IdeaInput("Cita previa en línea para el registro civil",
                "Las colas del registro civil obligan a volver varias veces.",
                "Un sistema de cita previa en línea con recordatorios por SMS.", "Menos esperas", "Agenda ordenada",
                "Registro civil", null, List.of("cita-previa", "registro"), List.of(), null, null, null), true);
        ideas.support(ana, appointments.id);
        ideas.propose(ana, new IdeaInputs.IdeaInput("Trámite único de partidas de nacimiento",
                "El trámite de partidas exige dos visitas y tres semanas.",
                "Emitir la partida en línea con firma electrónica, en el momento.", "Sin desplazamientos",
                "Menos trabajo repetido", "Registro civil", null, List.of("tramites"), List.of(),
                "hackaton-tramites-2026", certificates.id, null), true);
        Actor admin = actor("admin", Roles.ORGANIZER, Roles.ADMIN);
        teams.create(admin, "health-waiting-lists", new TeamInputs.TeamInput("Lista clara",
                "A public page where patients see their place on the waiting list.", appointments.id,
                List.of("data", "design", "health law")));
        people.updateProfile(actor("ines").personId(), new PersonInputs.ProfileInput("Innovation Office", List.of("design", "research"),
                "es"));
        ideas.propose(bruno, new IdeaInputs.IdeaInput("Shared payroll service", "Every agency runs its own payroll.",
                "One payroll service for all agencies.", "", "Less duplicated work", "Human resources", null,
                List.of("payroll"), List.of(), null, null, null), false);
    }

    /** Open data week: three accepted entries, a two-judge jury (60 % jury, 40 % votes), now voting. */
    private void loadVoting() {
        Actor olga = actor("olga", Roles.ORGANIZER);
        person("carmen", "Carmen Díaz", "Statistics Office", "es");
        person("diego", "Diego Ortiz", "Statistics Office", "es");
        person("elena", "Elena Vidal", "Transport", "en");
        person("felipe", "Felipe Gil", "Transport", "en");
        person("gloria", "Gloria Sanz", "Environment", "es");
        person("hugo", "Hugo Ramos", "Environment", "es");
        String[][] entries = {
                {"carmen", "diego", "Portal de datos abiertos", "Un catálogo único de los conjuntos de datos."},
                {"elena", "felipe", "Bus stop open data", "Live arrival times published as open data."},
                {"gloria", "hugo", "Calidad del aire en abierto", "Mediciones horarias publicadas con su licencia."}};
        for (String[] entry : entries) {
            Actor lead = actor(entry[0]);
            Team team = teams.create(lead, "open-data-week", new TeamInputs.TeamInput(entry[2], entry[3], null, List.of("data")));
            TeamRequest request = requests.apply(actor(entry[1]), team.id, "");
            requests.accept(lead, request.id);
            submissions.save(lead, team.id, new TeamInputs.SubmissionInput(entry[2], entry[3], "", "https://example.org/demo",
                    null, List.of(), null, null));
            submissions.review(olga, submissions.finalise(lead, team.id).id, true, null);
        }
        jury.declareMethod(olga, "open-data-week", new JuryInputs.MethodInput(60, 40, "Z_SCORE", null, 1, null));
        jury.addCriterion(olga, "open-data-week", new JuryInputs.CriterionInput("Impact", "Who benefits, how much", 60));
        jury.addCriterion(olga, "open-data-week", new JuryInputs.CriterionInput("Feasibility", "Can it ship soon", 40));
        jury.assignJudge(olga, "open-data-week", actor("ines").personId());
        jury.assignJudge(olga, "open-data-week", actor("bruno").personId());
        events.changePhase(olga, "open-data-week", EventPhase.HACKING, EventPhase.VOTING, null);
    }

    /** Atención ciudadana 2025: decided by votes, results published and closed, ready for promotion. */
    private void loadFinishedEvent() {
        Actor olga = actor("olga", Roles.ORGANIZER);
        person("ivan", "Iván Castro", "Citizen Services", "es");
        person("julia", "Julia Moreno", "Citizen Services", "es");
        person("karla", "Karla Núñez", "IT", "es");
        person("luis", "Luis Prieto", "IT", "es");
        String[][] entries = {
                {"ivan", "julia", "Cita previa unificada", "Una sola agenda para todas las oficinas."},
                {"karla", "luis", "Chat de atención", "Un asistente que responde las preguntas frecuentes."}};
        List<Long> ids = new java.util.ArrayList<>();
        for (String[] entry : entries) {
            Actor lead = actor(entry[0]);
            Team team = teams.create(lead, "atencion-ciudadana-2025", new TeamInputs.TeamInput(entry[2], entry[3], null, List.of()));
            requests.accept(lead, requests.apply(actor(entry[1]), team.id, "").id);
            submissions.save(lead, team.id, new TeamInputs.SubmissionInput(entry[2], entry[3], "", null, null, List.of(), null, null));
            long id = submissions.finalise(lead, team.id).id;
            submissions.review(olga, id, true, null);
            ids.add(id);
        }
        // Voted, published and closed on the event's own dates, so the portfolio's lead times are real.
        clock.setBack(180);
        events.changePhase(olga, "atencion-ciudadana-2025", EventPhase.HACKING, EventPhase.VOTING, null);
        votes.vote(actor("ana"), "atencion-ciudadana-2025", ids.get(0), 2);
        votes.vote(actor("bruno"), "atencion-ciudadana-2025", ids.get(0), 2);
        votes.vote(actor("admin"), "atencion-ciudadana-2025", ids.get(1), 2);
        clock.setBack(170);
        events.changePhase(olga, "atencion-ciudadana-2025", EventPhase.VOTING, EventPhase.RESULTS, null);
        clock.setBack(160);
        events.changePhase(olga, "atencion-ciudadana-2025", EventPhase.RESULTS, EventPhase.CLOSED, null);
        clock.reset();
    }

    private static Actor actor(String subject, String... roles) {
        java.util.Set<String> all = new java.util.HashSet<>(List.of(roles));
        all.add(Roles.OFFICER);
        return new Actor(Person.findBySubject(subject).orElseThrow().id, all);
    }

    private static void person(String username, String name, String department, String language) {
        Panache.getEntityManager().createNativeQuery("""
                insert into person (subject, username, display_name, email, department, preferred_language)
                values (:subject, :subject, :name, :email, :department, :language)
                on conflict (subject) do nothing""")
                .setParameter("subject", username).setParameter("name", name)
                .setParameter("email", username + "@example.org").setParameter("department", department)
                .setParameter("language", language).executeUpdate();
    }

    /** An event whose phases are {@code step} apart from {@code ideation}, placed in {@code phase}. */
    private static void event(String slug, String title, String description, String phase, Instant ideation,
                              Duration step) {
        Panache.getEntityManager().createNativeQuery("""
                insert into event (slug, title, description, phase, ideation_starts_at, hacking_starts_at,
                    voting_starts_at, results_at, closes_at, team_size_min, team_size_max, vote_budget,
                    max_votes_per_entry, created_by, last_manual_change_at, created_at, updated_at)
                values (:slug, :title, :description, :phase, :i, :h, :v, :r, :c, 2, 5, 5, 2,
                    (select id from person where subject = 'olga'), now(), now(), now())""")
                .setParameter("slug", slug).setParameter("title", title).setParameter("description", description)
                .setParameter("phase", phase).setParameter("i", ideation)
                .setParameter("h", ideation.plus(step)).setParameter("v", ideation.plus(step.multipliedBy(2)))
                .setParameter("r", ideation.plus(step.multipliedBy(3))).setParameter("c", ideation.plus(step.multipliedBy(4)))
                .executeUpdate();
        Panache.getEntityManager().createNativeQuery("""
                insert into event_phase_change (event_id, from_phase, to_phase, changed_by, reason, changed_at)
                select e.id, p.from_phase, p.to_phase, e.created_by, null, now()
                from event e
                cross join lateral (values ('DRAFT', 'IDEATION', 1), ('IDEATION', 'HACKING', 2),
                                          ('HACKING', 'VOTING', 3), ('VOTING', 'RESULTS', 4),
                                          ('RESULTS', 'CLOSED', 5)) as p(from_phase, to_phase, step)
                where e.slug = :slug
                  and p.step <= array_position(array['DRAFT','IDEATION','HACKING','VOTING','RESULTS','CLOSED'], e.phase) - 1""")
                .setParameter("slug", slug).executeUpdate();
    }
}
