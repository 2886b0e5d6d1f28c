package org.semillero.team;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * The looking-for-a-team board: officers say what they can do, teams list what they need,
 * and each side sees the other ranked by shared skills (new departments break ties).
 */
@ApplicationScoped
public class TeamBoardService {

    private final TeamService teams;
    private final EventService events;
    private final PersonService people;

    TeamBoardService(TeamService teams, EventService events, PersonService people) {
        this.teams = teams;
        this.events = events;
        this.people = people;
    }

    @Transactional
    public void seek(Actor actor, String slug, String skills, String note) {
        Event event = events.get(actor, slug);
        teams.requireChangeable(actor, event);
        if (teams.teamOf(actor.personId(), event.id) != null) {
            throw DomainException.conflict("already-in-team");
        }
        List<FieldError> errors = new ArrayList<>();
        if (skills != null && skills.length() > 500) {
            errors.add(new FieldError("skills", "validation.size.max", Map.of("max", 500)));
        }
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("note", "validation.size.max", Map.of("max", 500)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Panache.getEntityManager().createNativeQuery("""
                insert into team_seeker (event_id, person_id, skills, note) values (:e, :p, :s, :n)
                on conflict (event_id, person_id) do update set skills = excluded.skills, note = excluded.note""")
                .setParameter("e", event.id).setParameter("p", actor.personId())
                .setParameter("s", String.join(", ", TeamService.normaliseRoles(TeamService.split(skills))))
                .setParameter("n", Objects.requireNonNullElse(note, "").strip()).executeUpdate();
    }

    @Transactional
    public void stopSeeking(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        Panache.getEntityManager().createNativeQuery("delete from team_seeker where event_id = :e and person_id = :p")
                .setParameter("e", event.id).setParameter("p", actor.personId()).executeUpdate();
    }

    public List<TeamService.Seeker> seekers(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id as person_id, p.display_name as name, p.department, s.skills as wanted, s.note,
                       coalesce((select string_agg(k.skill, ',') from person_skill k where k.person_id = p.id), '')
                           as profile_skills
                from team_seeker s join person p on p.id = s.person_id
                where s.event_id = :e
                  and not exists (select 1 from team_member m where m.event_id = s.event_id and m.person_id = s.person_id)
                order by s.created_at, p.id""", Tuple.class).setParameter("e", event.id).getResultList();
        return rows.stream().map(r -> {
            Set<String> skills = new TreeSet<>(TeamService.normaliseRoles(TeamService.split(r.get("wanted", String.class))));
            skills.addAll(TeamService.split(r.get("profile_skills", String.class)));
            return new TeamService.Seeker(r.get("person_id", Number.class).longValue(), r.get("name", String.class),
                    r.get("department", String.class), skills, r.get("note", String.class));
        }).toList();
    }

    /** Teams with a free seat, those needing what this officer can do first. */
    public List<TeamService.Match<TeamService.Overview>> suggestTeams(Actor actor, String slug) {
        Event event = events.get(actor, slug);
        Set<String> skills = skillsOf(actor.personId(), event.id);
        List<Team> open = Team.activeIn(event.id);
        Map<Long, List<TeamService.Member>> members = teams.membersOf(open);
        return open.stream().map(team -> TeamService.overview(event, team, members.getOrDefault(team.id, List.of())))
                .filter(o -> !o.full())
                .map(o -> new TeamService.Match<>(o, overlap(skills, o.team().openRoles), o.departments()))
                .sorted(Comparator.<TeamService.Match<TeamService.Overview>>comparingInt(m -> -m.shared().size())
                        .thenComparingInt(m -> -m.item().needs())
                        .thenComparing(m -> m.item().team().name.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Officers looking for a team, those with the team's open roles first; new departments break ties. */
    public List<TeamService.Match<TeamService.Seeker>> suggestPeople(Actor actor, long teamId) {
        Team team = teams.get(actor, teamId);
        Event event = teams.eventOf(actor, team);
        Set<String> departments = teams.overview(event, team).departments();
        return seekers(actor, event.slug).stream()
                .map(s -> new TeamService.Match<>(s, overlap(s.skills(), team.openRoles), departments))
                .sorted(Comparator.<TeamService.Match<TeamService.Seeker>>comparingInt(m -> -m.shared().size())
                        .thenComparing(m -> departments.contains(m.item().department()))
                        .thenComparing(m -> m.item().name()))
                .toList();
    }

    private Set<String> skillsOf(long personId, long eventId) {
        Set<String> skills = new TreeSet<>(people.get(personId).skills);
        @SuppressWarnings("unchecked")
        List<String> declared = Panache.getEntityManager().createNativeQuery(
                        "select skills from team_seeker where event_id = :e and person_id = :p")
                .setParameter("e", eventId).setParameter("p", personId).getResultList();
        declared.forEach(d -> skills.addAll(TeamService.split(d)));
        return skills;
    }

    private static Set<String> overlap(Set<String> a, Set<String> b) {
        Set<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared;
    }
}
