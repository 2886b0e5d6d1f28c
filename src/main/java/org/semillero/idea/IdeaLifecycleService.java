package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;
import org.semillero.shared.web.Reasons;

/** An idea's moves between states: authors submit and withdraw, organizers shortlist, decline and merge duplicates. */
@ApplicationScoped
public class IdeaLifecycleService {

    private final IdeaService ideas;
    private final InstitutionClock clock;
    private final ActivityLog activity;
    private final AuditLog audit;

    private final Notifications notifications;

    IdeaLifecycleService(IdeaService ideas, InstitutionClock clock, ActivityLog activity, AuditLog audit,
                         Notifications notifications) {
        this.notifications = notifications;
        this.ideas = ideas;
        this.clock = clock;
        this.activity = activity;
        this.audit = audit;
    }
    /** SUBMIT, WITHDRAW, SHORTLIST, DECLINE (with a reason) or MERGE (into another idea). */
    @Transactional
    public Idea transition(Actor actor, long id, IdeaAction action, String reason, Long into) {
        if (action == IdeaAction.MERGE) {
            return merge(actor, id, into);
        }
        if (action != IdeaAction.SUBMIT && action != IdeaAction.WITHDRAW && action != IdeaAction.SHORTLIST
                && action != IdeaAction.DECLINE) {
            throw DomainException.invalid(List.of(FieldError.of("action", "idea.action.unknown")));
        }
        String cleanReason = action == IdeaAction.DECLINE ? Reasons.require(reason) : null;
        Idea idea = ideas.lock(actor, id);
        ideas.check(actor, idea, action);
        Instant now = clock.now();
        IdeaState before = idea.state;
        switch (action) {
            case SUBMIT -> {
                idea.state = IdeaState.SUBMITTED;
                idea.submittedAt = now;
            }
            case WITHDRAW -> idea.state = IdeaState.WITHDRAWN;
            case SHORTLIST -> idea.state = IdeaState.SHORTLISTED;
            default -> {
                idea.state = IdeaState.DECLINED;
                idea.declineReason = cleanReason;
            }
        }
        idea.updatedAt = now;
        activity.record(actor.personId(), "IDEA_" + action.name(), idea.title, "/ideas/" + idea.id);
        if (action == IdeaAction.SHORTLIST || action == IdeaAction.DECLINE) {
            audit.record(actor.personId(), AuditAction.IDEA_MODERATED, AuditLog.Subject.of("idea", idea.id, idea.title),
                    Map.of("state", before), Map.of("state", idea.state), cleanReason);
            tellAuthors(actor, idea, action == IdeaAction.SHORTLIST ? NotificationType.IDEA_SHORTLISTED
                    : NotificationType.IDEA_DECLINED, "/ideas/" + idea.id);
        }
        return idea;
    }

    private Idea merge(Actor actor, long sourceId, Long targetId) {
        Inputs.required("into", targetId);
        if (targetId == sourceId) {
            throw DomainException.invalid(List.of(FieldError.of("into", "idea.merge.itself")));
        }
        Idea first = ideas.lock(actor, Math.min(sourceId, targetId));
        Idea second = ideas.lock(actor, Math.max(sourceId, targetId));
        Idea source = first.id == sourceId ? first : second;
        Idea target = first.id == sourceId ? second : first;
        ideas.check(actor, source, IdeaAction.MERGE);
        if (target.state != IdeaState.SUBMITTED && target.state != IdeaState.SHORTLISTED) {
            throw DomainException.conflict("idea-merge-target");
        }
        if (!Objects.equals(source.eventId, target.eventId)) {
            throw DomainException.invalid(List.of(FieldError.of("into", "idea.merge.other-event")));
        }
        EntityManager em = Panache.getEntityManager();
        // Supporters of the duplicate now support the survivor, once each; its own authors cannot.
        em.createNativeQuery("""
                insert into idea_support (idea_id, person_id, created_at)
                select :target, s.person_id, s.created_at from idea_support s
                where s.idea_id = :source and s.person_id <> :targetAuthor
                  and not exists (select 1 from idea_coauthor c where c.idea_id = :target
                                  and c.person_id = s.person_id and c.status = 'ACCEPTED')
                on conflict do nothing""")
                .setParameter("target", target.id).setParameter("source", source.id)
                .setParameter("targetAuthor", target.authorId).executeUpdate();
        em.createNativeQuery("delete from idea_support where idea_id = :source")
                .setParameter("source", source.id).executeUpdate();
        target.supportCount = ((Number) em.createNativeQuery("select count(*) from idea_support where idea_id = :t")
                .setParameter("t", target.id).getSingleResult()).intValue();
        Instant now = clock.now();
        target.updatedAt = now;
        source.supportCount = 0;
        source.state = IdeaState.MERGED;
        source.mergedInto = target.id;
        source.updatedAt = now;
        activity.record(actor.personId(), "IDEA_MERGE", source.title, "/ideas/" + target.id);
        audit.record(actor.personId(), AuditAction.IDEA_MODERATED, AuditLog.Subject.of("idea", source.id, source.title),
                Map.of("state", IdeaState.SUBMITTED), Map.of("state", IdeaState.MERGED, "into", target.id), null);
        tellAuthors(actor, source, NotificationType.IDEA_MERGED, "/ideas/" + target.id);
        return target;
    }

    /** The author and the co-authors who accepted. */
    private void tellAuthors(Actor actor, Idea idea, NotificationType type, String url) {
        notifications.fanOut(actor.personId(), """
                select author_id as person_id from idea where id = :idea
                union select person_id from idea_coauthor where idea_id = :idea and status = 'ACCEPTED'""",
                Map.of("idea", idea.id), type, url, Map.of("idea", idea.title));
    }
}
