package org.semillero.home;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.security.Actor;

/**
 * What the pipeline waits on this person for, for the home page: requests and invitations to
 * answer, a ballot not yet cast while voting is open, entries to score as a judge and, for
 * organizers, entries to review. Each item is a sentence key with its values and where to go.
 */
@ApplicationScoped
public class WaitingForYou {

    /** One thing to do, in the reader's language, and the page where it is done. */
    public record Item(String text, String url) {

        static Item of(Locale locale, String kind, Map<String, Object> params, String url) {
            return new Item(Messages.get(locale, "waiting." + kind, params), url);
        }
    }

    /** One statement for everything: each branch gives its kind, up to two values and where to go. */
    private static final String WAITING = """
            select * from (
              select 1 as o, r.created_at as at, case r.kind when 'APPLICATION' then 'application' else 'invitation' end,
                     p.display_name as a, t.name as b, '/teams/' || t.id as url
              from team_request r join team t on t.id = r.team_id join person p on p.id = r.person_id
              where r.status = 'PENDING' and t.dissolved_at is null
                and ((r.kind = 'APPLICATION' and t.lead_id = :me) or (r.kind = 'INVITATION' and r.person_id = :me))
              union all
              select 2, c.invited_at, 'coauthor', i.title, null, '/ideas/' || i.id
              from idea_coauthor c join idea i on i.id = c.idea_id where c.person_id = :me and c.status = 'INVITED'
              union all
              select 3, e.voting_starts_at, 'ballot', e.title, null, '/events/' || e.slug || '/ballot'
              from event e where e.phase = 'VOTING'
                and not exists (select 1 from ballot b where b.event_id = e.id and b.voter_id = :me)
              union all
              select 4, min(e.voting_starts_at), 'scoring', e.title, cast(count(s.id) as text), '/events/' || e.slug || '/jury'
              from judge j join event e on e.id = j.event_id join submission s on s.event_id = e.id and s.status = 'ACCEPTED'
              where j.person_id = :me and e.phase = 'VOTING'
                and not exists (select 1 from score sc where sc.judge_id = j.person_id and sc.submission_id = s.id)
                and not exists (select 1 from recusal rc where rc.judge_id = j.person_id and rc.submission_id = s.id)
              group by e.id, e.title, e.slug
              union all
              select 5, min(s.finalized_at), 'review', e.title, cast(count(*) as text), '/review'
              from submission s join event e on e.id = s.event_id
              where :organizer and s.status = 'FINAL' and e.phase in ('IDEATION', 'HACKING', 'VOTING')
              group by e.id, e.title
            ) waiting order by o, at nulls last""";

    public List<Item> of(Actor actor, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(WAITING).setParameter("me", actor.personId())
                .setParameter("organizer", actor.isOrganizer()).getResultList();
        List<Item> items = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = (String) row[2];
            Map<String, Object> params = switch (kind) {
                case "application" -> Map.of("person", row[3], "team", row[4]);
                case "invitation" -> Map.of("team", row[4]);
                case "coauthor" -> Map.of("idea", row[3]);
                case "ballot" -> Map.of("event", row[3]);
                default -> Map.of("event", row[3], "count", Long.parseLong((String) row[4]));
            };
            items.add(Item.of(locale, kind, params, (String) row[5]));
        }
        return items;
    }
}
