package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.people.Person;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** Co-authorship: authors invite people by id, the invited accept or decline; drafts are shared only with those who have not declined. */
@ApplicationScoped
public class IdeaCoauthorService {

    private final IdeaService ideas;

    private final Notifications notifications;

    IdeaCoauthorService(IdeaService ideas, Notifications notifications) {
        this.ideas = ideas;
        this.notifications = notifications;
    }
    /** An invited co-author accepts (and is listed) or declines. */
    @Transactional
    public Idea answerInvitation(Actor actor, long id, boolean accept) {
        Idea idea = ideas.lock(actor, id);
        int changed = Panache.getEntityManager().createNativeQuery("""
                update idea_coauthor set status = :status, responded_at = now()
                where idea_id = :i and person_id = :p and status = 'INVITED'""")
                .setParameter("status", accept ? "ACCEPTED" : "DECLINED")
                .setParameter("i", idea.id).setParameter("p", actor.personId()).executeUpdate();
        if (changed == 0) {
            throw DomainException.conflict("no-invitation");
        }
        notifications.send(actor.personId(), List.of(idea.authorId), NotificationType.COAUTHOR_ANSWERED, "/ideas/" + idea.id,
                Map.of("person", nameOf(actor.personId()), "idea", idea.title));
        return idea;
    }

    public List<IdeaService.Coauthor> coauthorsOf(long ideaId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select p.id, p.display_name, p.department, c.status from idea_coauthor c
                join person p on p.id = c.person_id where c.idea_id = :idea order by p.display_name""")
                .setParameter("idea", ideaId).getResultList();
        return rows.stream().map(r -> new IdeaService.Coauthor(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    String coauthorStatus(long ideaId, long personId) {
        @SuppressWarnings("unchecked")
        List<String> status = Panache.getEntityManager().createNativeQuery(
                        "select status from idea_coauthor where idea_id = :i and person_id = :p")
                .setParameter("i", ideaId).setParameter("p", personId).getResultList();
        return status.isEmpty() ? null : status.get(0);
    }

    List<Person> resolveCoauthors(Actor actor, List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        List<Person> found = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Long id : new TreeSet<>(ids.stream().filter(Objects::nonNull).toList())) {
            Person person = Person.findById(id);
            if (person == null || person.removedAt != null) {
                errors.add(FieldError.of("coauthorIds", "person.unknown"));
            } else if (person.id == actor.personId()) {
                errors.add(FieldError.of("coauthorIds", "idea.coauthors.self"));
            } else {
                found.add(person);
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return found;
    }

    /** Keeps existing answers, invites new names, drops names no longer listed. */
    void inviteCoauthors(Idea idea, List<Person> coauthors) {
        EntityManager em = Panache.getEntityManager();
        List<Long> ids = coauthors.stream().map(p -> p.id).toList();
        em.createNativeQuery("delete from idea_coauthor where idea_id = :i and not (person_id = any(cast(:ids as bigint[])))")
                .setParameter("i", idea.id).setParameter("ids", ids.toArray(new Long[0])).executeUpdate();
        List<Long> invited = new java.util.ArrayList<>();
        for (Long personId : ids) {
            if (em.createNativeQuery("insert into idea_coauthor (idea_id, person_id) values (:i, :p) on conflict do nothing")
                    .setParameter("i", idea.id).setParameter("p", personId).executeUpdate() == 1) {
                invited.add(personId);
            }
        }
        notifications.send(idea.authorId, invited, NotificationType.COAUTHOR_INVITED, "/ideas/" + idea.id,
                Map.of("person", nameOf(idea.authorId), "idea", idea.title));
    }

    private static String nameOf(long personId) {
        Person person = Person.findById(personId);
        return person == null ? "" : person.displayName;
    }
}
