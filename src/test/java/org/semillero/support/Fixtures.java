package org.semillero.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.semillero.challenge.Affected;
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeInputs;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.Event;
import org.semillero.event.EventInputs;
import org.semillero.event.EventPhase;
import org.semillero.event.EventService;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaInputs;
import org.semillero.idea.IdeaService;
import org.semillero.people.Person;
import org.semillero.people.PersonService;
import org.semillero.people.SignInClaims;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.team.Submission;
import org.semillero.team.SubmissionService;
import org.semillero.team.Team;
import org.semillero.team.TeamInputs;
import org.semillero.team.TeamRequest;
import org.semillero.team.TeamRequestService;
import org.semillero.team.TeamService;

/** Builds the people and events a test needs, through the services, with unique names. */
@ApplicationScoped
public class Fixtures {

    private final PersonService people;
    private final EventService events;
    private final ChallengeService challenges;
    private final IdeaService ideas;
    private final TeamService teams;
    private final SubmissionService submissions;
    private final TeamRequestService requests;

    Fixtures(PersonService people, EventService events, ChallengeService challenges, IdeaService ideas,
             TeamService teams, SubmissionService submissions, TeamRequestService requests) {
        this.requests = requests;
        this.teams = teams;
        this.submissions = submissions;
        this.people = people;
        this.events = events;
        this.challenges = challenges;
        this.ideas = ideas;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Person person(String subject) {
        return people.signIn(new SignInClaims(subject, subject, subject, subject + "@example.org", null));
    }

    public Actor organizer() {
        return new Actor(person(unique("organizer")).id, Set.of(Roles.OFFICER, Roles.ORGANIZER));
    }

    public static EventInputs.EventInput input(String slug, OffsetDateTime ideation) {
        Duration step = Duration.ofDays(7);
        return new EventInputs.EventInput(slug, "Event " + slug, "Line one\nLine two", ideation, ideation.plus(step),
                ideation.plus(step.multipliedBy(2)), ideation.plus(step.multipliedBy(3)),
                ideation.plus(step.multipliedBy(4)), 2, 5, 5, 2, null);
    }

    /** JSON body for the API, with every field valid; tests override single fields. */
    public static Map<String, Object> json(String slug) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "Hackathon " + slug);
        body.put("description", "Plain text\nwith two lines");
        body.put("ideationStartsAt", start.toString());
        body.put("hackingStartsAt", start.plusDays(7).toString());
        body.put("votingStartsAt", start.plusDays(14).toString());
        body.put("resultsAt", start.plusDays(21).toString());
        body.put("closesAt", start.plusDays(28).toString());
        body.put("teamSizeMin", 2);
        body.put("teamSizeMax", 5);
        body.put("voteBudget", 5);
        body.put("maxVotesPerEntry", 2);
        return body;
    }

    /** A new event in {@code phase}, starting in ten days, moved there by its organizer. */
    public Event event(EventPhase phase) {
        return event(phase, OffsetDateTime.now(ZoneOffset.UTC).plusDays(10));
    }

    public Event event(EventPhase phase, OffsetDateTime ideation) {
        Actor organizer = organizer();
        Event event = events.create(organizer, input(unique("ev"), ideation));
        Actor admin = new Actor(organizer.personId(),
                Set.of(Roles.OFFICER, Roles.ORGANIZER, Roles.ADMIN));
        EventPhase current = EventPhase.DRAFT;
        while (current != phase) {
            EventPhase next = current.next().orElseThrow();
            events.changePhase(admin, event.slug, current, next, null);
            current = next;
        }
        return Event.findBySlug(event.slug).orElseThrow();
    }

    public Actor officer(String subject) {
        return new Actor(person(subject).id, Set.of(Roles.OFFICER));
    }

    public static ChallengeInputs.ChallengeInput challengeInput(String title) {
        return new ChallengeInputs.ChallengeInput(title, "Civil registry", "Birth certificates take three weeks to issue.",
                Affected.CITIZENS, "Complaints book", new BigDecimal("1200"), "complaints per month", "Registry");
    }

    /** A challenge by a new officer, accepted and attached to an event in IDEATION. */
    public Theme theme() {
        Actor organizer = organizer();
        Event event = event(EventPhase.IDEATION);
        Challenge challenge = challenges.record(officer(unique("reporter")), challengeInput(unique("Slow certificates")));
        challenges.accept(organizer, challenge.id);
        challenges.attach(organizer, event.slug, challenge.id);
        return new Theme(event, challenge, organizer);
    }

    public record Theme(Event event, Challenge challenge, Actor organizer) {
    }

    public static IdeaInputs.IdeaInput ideaInput(String title, String eventSlug, Long challengeId) {
        return new IdeaInputs.IdeaInput(title, "Queues at the counter are long every Monday.",
                "An online appointment system with reminders.", "Less waiting", "Fewer complaints",
                "Civil registry", null, List.of("Appointments", "digital"), List.of(), eventSlug, challengeId, null);
    }

    /** A submitted idea-box idea by a new officer. */
    public Idea boxIdea(String title) {
        return ideas.propose(officer(unique("author")), ideaInput(title, null, null), true);
    }

    /** A submitted idea-box idea by a new officer, with this tag (to find a known set of ideas). */
    public Idea ideaWithTag(String title, String tag) {
        IdeaInputs.IdeaInput base = ideaInput(title, null, null);
        return ideas.propose(officer(unique("author")), new IdeaInputs.IdeaInput(base.title(), base.problem(), base.solution(),
                base.benefitCitizens(), base.benefitOfficers(), base.service(), base.department(), List.of(tag),
                base.coauthorIds(), null, null, null), true);
    }

    /** A team at the event, led by a new officer, with {@code size} members in all. */
    public Team team(Event event, int size, String... openRoles) {
        Actor lead = officer(unique("lead"));
        Team team = teams.create(lead, event.slug, new TeamInputs.TeamInput(unique("Team"), "We build things", null,
                List.of(openRoles)));
        for (int i = 1; i < size; i++) {
            Actor member = officer(unique("member"));
            TeamRequest request = requests.apply(member, team.id, "Let me in");
            requests.accept(lead, request.id);
        }
        return Team.findById(team.id);
    }

    public Actor leadOf(Team team) {
        return new Actor(Team.<Team>findById(team.id).leadId, Set.of(Roles.OFFICER));
    }

    /** An event in VOTING (budget 5, at most 2 per entry) with accepted entries, one per team. */
    public record Voting(Event event, List<Long> entries, List<Team> teams, Actor organizer) {
    }

    /** The team's submission, written by its lead, made final and accepted for the ballot; its id. */
    public long acceptedEntry(Team team, String title, Actor organizer) {
        Actor lead = leadOf(team);
        submissions.save(lead, team.id, new TeamInputs.SubmissionInput(title, "Summary of " + title, "", null, null,
                List.of(), null, null));
        Submission s = submissions.finalise(lead, team.id);
        submissions.review(organizer, s.id, true, null);
        return s.id;
    }

    /** An event in HACKING (moved on by {@code organizer}'s colleague) with accepted entries of two-member teams. */
    public record Entries(Event event, List<Long> entries, List<Team> teams, Actor organizer) {
    }

    /**
     * An event in HACKING with {@code count} accepted entries "Entry 0", "Entry 1"…;
     * {@code memberOfFirst}, if given, joins the first team before its entry is final.
     */
    public Entries entries(int count, String memberOfFirst) {
        Event event = event(EventPhase.HACKING);
        Actor organizer = new Actor(organizer().personId(), Set.of(Roles.OFFICER, Roles.ORGANIZER));
        List<Long> ids = new java.util.ArrayList<>();
        List<Team> built = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Team team = team(event, 2);
            if (i == 0 && memberOfFirst != null) {
                TeamRequest request = requests.apply(officer(memberOfFirst), team.id, "in");
                requests.accept(leadOf(team), request.id);
            }
            ids.add(acceptedEntry(team, "Entry " + i, organizer));
            built.add(team);
        }
        return new Entries(event, ids, built, organizer);
    }

    /**
     * An event in VOTING with {@code count} accepted entries of two-member teams, plus one team
     * whose unfinished submission is not on the ballot; {@code memberOfFirst}, if given, joins
     * the first team before voting starts.
     */
    public Voting voting(int count, String memberOfFirst) {
        Entries made = entries(count, memberOfFirst);
        Event event = made.event();
        Actor organizer = made.organizer();
        List<Long> ids = made.entries();
        List<Team> built = made.teams();
        Team notAccepted = team(event, 2);
        submissions.save(leadOf(notAccepted), notAccepted.id, new TeamInputs.SubmissionInput("Not on ballot", "x", "",
                null, null, List.of(), null, null));
        events.changePhase(organizer, event.slug, EventPhase.HACKING, EventPhase.VOTING, null);
        return new Voting(Event.findBySlug(event.slug).orElseThrow(), ids, built, organizer);
    }

    /** A workshop a week from now, 3 hours, in person, on data, teaching two skills. */
    public static org.semillero.learning.WorkshopInputs.WorkshopInput workshopInput(String title, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.MINUTES);
        return new org.semillero.learning.WorkshopInputs.WorkshopInput(title, "Hands on.", "data",
                org.semillero.learning.Workshop.Format.IN_PERSON, "Room 4, Ministry", null, start, start.plusHours(3),
                start.minusDays(1), capacity, null, List.of("Data Cleaning", "sql"));
    }

    /** "ok", or the refusal's problem code, or the exception's class for anything else. */
    public static String outcome(java.util.concurrent.Callable<?> call) {
        try {
            call.call();
            return "ok";
        } catch (org.semillero.shared.web.DomainException e) {
            return e.code();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    /**
     * Calls a service in a transaction of its own, so that it reads the database as it is now
     * (a test method's own session keeps the entities it loaded earlier).
     */
    public static <T> T fresh(java.util.concurrent.Callable<T> call) {
        return QuarkusTransaction.requiringNew().call(call);
    }

    /** Runs a statement in its own transaction (tests that alter stored data on purpose). */
    public static int execute(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> Person.getEntityManager().createNativeQuery(sql).executeUpdate());
    }

    public static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Person.getEntityManager()
                .createNativeQuery(sql).getSingleResult()).longValue());
    }
}
