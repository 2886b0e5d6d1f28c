package org.semillero.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of where a project comes from (its event, team, ideas and challenge), so that the
 * project page links to them by name (templates read it as {@code inject:projectOrigins}). Read
 * from the other features' tables, as the backlog's promotion does (docs/architecture.md).
 */
@Named("projectOrigins")
@RequestScoped
public class ProjectOrigins {

    /** Names of a project's origins; null where it has none. */
    public record Origin(String eventSlug, String eventTitle, String teamName, String challengeTitle,
                         Map<Long, String> ideaTitles) {

        public String ideaTitle(Long id) {
            return ideaTitles.getOrDefault(id, "#" + id);
        }
    }

    public Origin of(ProjectViews.ProjectView project) {
        var em = Panache.getEntityManager();
        String slug = null;
        String title = null;
        if (project.eventId() != null) {
            List<?> rows = em.createNativeQuery("select slug, title from event where id = :id")
                    .setParameter("id", project.eventId()).getResultList();
            if (!rows.isEmpty()) {
                Object[] row = (Object[]) rows.get(0);
                slug = (String) row[0];
                title = (String) row[1];
            }
        }
        String team = project.teamId() == null ? null : name(em.createNativeQuery("select name from team where id = :id")
                .setParameter("id", project.teamId()).getResultList());
        String challenge = project.challengeId() == null ? null : name(em.createNativeQuery(
                "select title from challenge where id = :id").setParameter("id", project.challengeId()).getResultList());
        Map<Long, String> ideas = new HashMap<>();
        if (!project.ideaIds().isEmpty()) {
            for (Object o : em.createNativeQuery("select id, title from idea where id in (:ids)")
                    .setParameter("ids", project.ideaIds()).getResultList()) {
                Object[] row = (Object[]) o;
                ideas.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        return new Origin(slug, title, team, challenge, ideas);
    }

    private static String name(List<?> rows) {
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
