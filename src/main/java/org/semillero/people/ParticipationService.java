package org.semillero.people;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What an officer took part in, across the pipeline: for profiles and certificates. */
@ApplicationScoped
public class ParticipationService {

    /** One thing done: its kind (message key suffix), what it is about, and where to see it. */
    public record Item(String kind, String title, String link) {
    }

    public List<Item> of(long personId) {
        List<Item> items = new ArrayList<>();
        add(items, "CHALLENGE", "select title, '/challenges/' || id from challenge where author_id = :p order by created_at", personId);
        add(items, "IDEA", """
                select title, '/ideas/' || id from idea where state <> 'DRAFT' and (author_id = :p
                   or id in (select idea_id from idea_coauthor where person_id = :p and status = 'ACCEPTED'))
                order by created_at""", personId);
        add(items, "TEAM", """
                select t.name, '/teams/' || t.id from team_member m join team t on t.id = m.team_id
                where m.person_id = :p order by m.joined_at""", personId);
        add(items, "JUDGE", """
                select e.title, '/events/' || e.slug from judge j join event e on e.id = j.event_id
                where j.person_id = :p order by e.ideation_starts_at""", personId);
        add(items, "PROJECT", """
                select p.title, '/projects/' || p.id from project p where p.owner_id = :p or p.sponsor_id = :p
                   or p.id in (select project_id from project_contributor where person_id = :p) order by p.created_at""",
                personId);
        return items;
    }

    /** The roles a person had at one event, for a certificate: member, lead, judge, idea author. */
    public List<String> rolesAt(long personId, long eventId) {
        List<String> roles = new ArrayList<>();
        var em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> team = em.createNativeQuery("""
                select t.name, t.lead_id = :p from team_member m join team t on t.id = m.team_id
                where m.person_id = :p and m.event_id = :e""").setParameter("p", personId).setParameter("e", eventId)
                .getResultList();
        if (!team.isEmpty()) {
            roles.add(Boolean.TRUE.equals(team.get(0)[1]) ? "LEAD" : "MEMBER");
        }
        if (!em.createNativeQuery("select 1 from judge where person_id = :p and event_id = :e")
                .setParameter("p", personId).setParameter("e", eventId).getResultList().isEmpty()) {
            roles.add("JUDGE");
        }
        if (!em.createNativeQuery("select 1 from idea where author_id = :p and event_id = :e and state <> 'DRAFT'")
                .setParameter("p", personId).setParameter("e", eventId).getResultList().isEmpty()) {
            roles.add("IDEA_AUTHOR");
        }
        return roles;
    }

    /** A participant of an event and their roles there, for the certificates list. */
    public record Participant(long personId, String name, List<String> roles) {
    }

    /**
     * Everyone who took part in the event (team members, judges, authors of published ideas) with
     * their roles, by name, in one query whatever their number.
     */
    public List<Participant> participantsOf(long eventId) {
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                with roles as (
                    select m.person_id, case when t.lead_id = m.person_id then 'LEAD' else 'MEMBER' end as role, 1 as ord
                    from team_member m join team t on t.id = m.team_id where m.event_id = :e
                    union all select person_id, 'JUDGE', 2 from judge where event_id = :e
                    union all select distinct author_id, 'IDEA_AUTHOR', 3 from idea where event_id = :e and state <> 'DRAFT')
                select p.id, p.display_name as name, string_agg(r.role, ',' order by r.ord) as roles
                from roles r join person p on p.id = r.person_id
                group by p.id, p.display_name order by p.display_name, p.id""", jakarta.persistence.Tuple.class)
                .setParameter("e", eventId).getResultList();
        return rows.stream().map(r -> new Participant(r.get("id", Number.class).longValue(), r.get("name", String.class),
                List.of(r.get("roles", String.class).split(",")))).toList();
    }

    private static void add(List<Item> items, String kind, String sql, long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter("p", personId).getResultList();
        rows.forEach(r -> items.add(new Item(kind, (String) r[0], (String) r[1])));
    }
}
