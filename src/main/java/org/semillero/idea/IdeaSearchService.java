package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.web.Keyset;

/**
 * Finding ideas: full-text search with filters and stable pages, and "similar ideas" before
 * proposing. Drafts never appear, nor ideas of events hidden again in DRAFT.
 */
@ApplicationScoped
public class IdeaSearchService {

    /**
     * A page of ideas, the cursors of the pages after and before it, and (on the first page)
     * how many match in all.
     */
    public record Page(List<Idea> items, int size, Long total, String next, String previous) {
    }

    /** The list's orders; each breaks ties by id, so that cursors are exact. */
    static Keyset.Order order(String sort) {
        return switch (sort) {
            case "relevance" -> new Keyset.Order("relevance", "ts_rank(i.search_vector, semillero_search_query(:q))",
                    "real", true, "i.id");
            case "supported" -> new Keyset.Order("supported", "i.support_count", "integer", true, "i.id");
            case "commented" -> new Keyset.Order("commented", "i.comment_count", "integer", true, "i.id");
            default -> new Keyset.Order("newest", "i.created_at", "timestamptz", true, "i.id");
        };
    }

    private final IdeaService ideas;
    private final EventService events;

    IdeaSearchService(IdeaService ideas, EventService events) {
        this.ideas = ideas;
        this.events = events;
    }

    /** Published ideas (never drafts), filtered, sorted and paginated with a stable order. */
    public Page search(Actor actor, IdeaCriteria criteria) {
        StringBuilder where = new StringBuilder("where i.state <> 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        if (!ideas.mayViewDraftEvents(actor)) {
            // An event stepped back to DRAFT is hidden again, and so are its ideas.
            where.append(" and (i.event_id is null or exists (select 1 from event e where e.id = i.event_id"
                    + " and e.phase <> 'DRAFT'))");
        }
        if (criteria.searching()) {
            where.append(" and i.search_vector @@ semillero_search_query(:q)");
            params.put("q", criteria.query().strip());
        }
        if (criteria.eventSlug() != null && !criteria.eventSlug().isBlank()) {
            Event event = events.get(actor, criteria.eventSlug().strip());
            where.append(" and i.event_id = :event");
            params.put("event", event.id);
        }
        if (criteria.challengeId() != null) {
            where.append(" and i.challenge_id = :challenge");
            params.put("challenge", criteria.challengeId());
        }
        if (criteria.state() != null) {
            where.append(" and i.state = :state");
            params.put("state", criteria.state().name());
        }
        if (criteria.tag() != null && !criteria.tag().isBlank()) {
            where.append(" and exists (select 1 from idea_tag t where t.idea_id = i.id and t.tag = :tag)");
            params.put("tag", IdeaService.normaliseTag(criteria.tag()));
        }
        if (criteria.department() != null && !criteria.department().isBlank()) {
            where.append(" and lower(i.department) = lower(:department)");
            params.put("department", criteria.department().strip());
        }
        Keyset.Ids page = Keyset.ids(Panache.getEntityManager(), "from idea i " + where, params,
                order(criteria.effectiveSort()), criteria.cursor(), criteria.size());
        return new Page(IdeaService.inOrder(page.ids()), criteria.size(), page.total(), page.next(), page.previous());
    }

    /**
     * "Search before you propose": published ideas whose title and problem read most like the
     * given text (trigram similarity, accents folded), best first, among those this person may see.
     */
    @Transactional
    public List<Idea> similar(Actor actor, String title, String problem, Long excludeId, int limit) {
        String text = (Objects.requireNonNullElse(title, "") + " " + Objects.requireNonNullElse(problem, "")).strip();
        if (text.length() < 4) {
            return List.of();
        }
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("set local pg_trgm.similarity_threshold = 0.15").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                select i.id from idea i
                where i.state in ('SUBMITTED', 'SHORTLISTED', 'PROMOTED')
                  and i.id <> :exclude
                  and (:drafts or i.event_id is null
                       or exists (select 1 from event e where e.id = i.event_id and e.phase <> 'DRAFT'))
                  and semillero_unaccent(lower(i.title || ' ' || i.problem)) % semillero_unaccent(lower(:text))
                order by similarity(semillero_unaccent(lower(i.title || ' ' || i.problem)),
                                    semillero_unaccent(lower(:text))) desc, i.id desc
                limit :limit""", Long.class)
                .setParameter("exclude", excludeId == null ? -1L : excludeId)
                .setParameter("drafts", ideas.mayViewDraftEvents(actor))
                .setParameter("text", text.length() > 2000 ? text.substring(0, 2000) : text)
                .setParameter("limit", limit)
                .getResultList();
        return IdeaService.inOrder(ids);
    }
}
