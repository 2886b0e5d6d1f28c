package org.semillero.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.event.EventPhase;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.DomainException;

/** Winners and shortlisted idea-box ideas become projects, once each, keeping their links and crediting the team. */
@ApplicationScoped
public class PromotionService {

    private final ProjectService projects;
    private final ActivityLog activity;
    private final AuditLog audit;

    PromotionService(ProjectService projects, ActivityLog activity, AuditLog audit) {
        this.projects = projects;
        this.activity = activity;
        this.audit = audit;
    }
    /** A submission accepted for voting, once its event shows results, becomes a project (once). */
    @Transactional
    public ProjectService.Promotion promoteSubmission(Actor actor, long submissionId) {
        ProjectService.requirePromoter(actor);
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.title, s.summary, s.event_id, s.team_id, s.challenge_id, e.phase, s.status
                from submission s join event e on e.id = s.event_id where s.id = :s for update of s""")
                .setParameter("s", submissionId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("submission-not-found");
        }
        Object[] s = rows.get(0);
        String phase = (String) s[5];
        if (!EventPhase.RESULTS.name().equals(phase) && !EventPhase.CLOSED.name().equals(phase)) {
            throw DomainException.conflict("promotion-before-results");
        }
        if (!"ACCEPTED".equals(s[6])) {
            throw DomainException.conflict("promotion-not-on-ballot");
        }
        Project existing = Project.find("submissionId", submissionId).firstResult();
        if (existing != null) {
            return new ProjectService.Promotion(existing, false);
        }
        Project project = projects.newProject(actor, (String) s[0], (String) s[1]);
        project.submissionId = submissionId;
        project.eventId = ((Number) s[2]).longValue();
        project.teamId = ((Number) s[3]).longValue();
        project.challengeId = s[4] == null ? null : ((Number) s[4]).longValue();
        @SuppressWarnings("unchecked")
        List<Object> rank = em.createNativeQuery("""
                select (r->>'rank')::int from result_snapshot, jsonb_array_elements(ranking) r
                where event_id = :e and (r->>'entryId')::bigint = :s""")
                .setParameter("e", project.eventId).setParameter("s", submissionId).getResultList();
        project.resultsRank = rank.isEmpty() ? null : ((Number) rank.get(0)).intValue();
        project.persist();
        em.flush();
        em.createNativeQuery("""
                insert into project_idea (project_id, idea_id)
                select :p, si.idea_id from submission_idea si where si.submission_id = :s
                union select :p, t.idea_id from team t where t.id = :t and t.idea_id is not null
                on conflict do nothing""")
                .setParameter("p", project.id).setParameter("s", submissionId).setParameter("t", project.teamId)
                .executeUpdate();
        em.createNativeQuery("""
                insert into project_contributor (project_id, person_id, role)
                select :p, m.person_id, 'team' from team_member m where m.team_id = :t on conflict do nothing""")
                .setParameter("p", project.id).setParameter("t", project.teamId).executeUpdate();
        ProjectService.markIdeasPromoted(project.id);
        projects.history(project, "PROMOTED", actor.personId(), null);
        activity.record(actor.personId(), "PROJECT_PROMOTED", project.title, "/projects/" + project.id);
        audit.record(actor.personId(), AuditAction.PROJECT_PROMOTED, ProjectService.subject(project), null,
                ProjectService.origin(project), null);
        return new ProjectService.Promotion(project, true);
    }

    /** A shortlisted idea from the idea box becomes a project (once). */
    @Transactional
    public ProjectService.Promotion promoteIdea(Actor actor, long ideaId) {
        ProjectService.requirePromoter(actor);
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select title, problem, solution, state, event_id from idea where id = :i for update")
                .setParameter("i", ideaId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("idea-not-found");
        }
        Object[] idea = rows.get(0);
        Project existing = Project.find("sourceIdeaId", ideaId).firstResult();
        if (existing != null) {
            return new ProjectService.Promotion(existing, false);
        }
        if (idea[4] != null || !"SHORTLISTED".equals(idea[3])) {
            throw DomainException.conflict("promotion-idea-not-shortlisted");
        }
        Project project = projects.newProject(actor, (String) idea[0], (String) idea[1]);
        project.expectedOutcome = (String) idea[2];
        project.sourceIdeaId = ideaId;
        project.persist();
        em.flush();
        em.createNativeQuery("insert into project_idea (project_id, idea_id) values (:p, :i)")
                .setParameter("p", project.id).setParameter("i", ideaId).executeUpdate();
        em.createNativeQuery("""
                insert into project_contributor (project_id, person_id, role)
                select :p, author_id, 'author' from idea where id = :i
                union select :p, person_id, 'author' from idea_coauthor where idea_id = :i and status = 'ACCEPTED'
                on conflict do nothing""").setParameter("p", project.id).setParameter("i", ideaId).executeUpdate();
        ProjectService.markIdeasPromoted(project.id);
        projects.history(project, "PROMOTED", actor.personId(), null);
        activity.record(actor.personId(), "PROJECT_PROMOTED", project.title, "/projects/" + project.id);
        audit.record(actor.personId(), AuditAction.PROJECT_PROMOTED, ProjectService.subject(project), null,
                ProjectService.origin(project), null);
        return new ProjectService.Promotion(project, true);
    }
}
