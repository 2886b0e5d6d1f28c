package org.semillero.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;

/**
 * Where to aim the next event: services ranked by both views at once. The score (0–100) is
 * <pre>
 *   100 × (0.5 × officers + 0.3 × complaints + 0.2 × rise)
 * </pre>
 * where <em>officers</em> is the service's open challenges counted with their +1s (each challenge
 * 1 plus its +1s) divided by the largest such count among the services ranked; <em>complaints</em>
 * is the complaints of the last three complete months divided by the largest such number; and
 * <em>rise</em> is how much those complaints grew against the three months before, as a share
 * (capped at 1, and 0 when they fell or there was nothing before). docs/services.md explains it.
 */
@ApplicationScoped
public class HotSpots {

    static final double OFFICERS = 0.5;
    static final double COMPLAINTS = 0.3;
    static final double RISE = 0.2;

    /** One ranked service: its score, the three parts (each 0–1) and the numbers behind them. */
    public record HotSpot(int rank, PublicService service, double score, double officers, double complaints,
                          double rise, long openChallenges, long supports, long recentComplaints,
                          long earlierComplaints, LocalDate from, LocalDate to) {
    }

    private final CatalogueService catalogue;
    private final SignalService signals;

    HotSpots(CatalogueService catalogue, SignalService signals) {
        this.catalogue = catalogue;
        this.signals = signals;
    }

    /** Who may see the ranking: the innovation office, and organizers choosing an event's themes. */
    public static boolean maySee(Actor actor) {
        return actor.has(Roles.INNOVATION_OFFICE) || actor.has(Roles.ORGANIZER);
    }

    /** Active services ranked, highest score first, by department and channel as typed (blank for all). */
    public List<HotSpot> rank(Actor actor, String department, String channel) {
        if (!maySee(actor)) {
            throw DomainException.forbidden("hot-spots-forbidden");
        }
        CatalogueService.Filter filter = ServiceDetails.filter(department, channel, null, null);
        return rank(filter.department(), filter.channel(), signals.thisMonth());
    }

    /** Rank, service code and name, score, the three parts and the numbers behind them. */
    public static String csv(List<HotSpot> spots) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of("rank", "code", "service", "department", "score",
                "officers_part", "complaints_part", "rise_part", "open_challenges", "supports", "complaints_recent",
                "complaints_before", "recent_from", "recent_to")));
        for (HotSpot h : spots) {
            csv.append(Csv.line(List.of(String.valueOf(h.rank()), h.service().code(), h.service().name(),
                    h.service().department(), String.valueOf(h.score()), String.valueOf(h.officers()),
                    String.valueOf(h.complaints()), String.valueOf(h.rise()), String.valueOf(h.openChallenges()),
                    String.valueOf(h.supports()), String.valueOf(h.recentComplaints()),
                    String.valueOf(h.earlierComplaints()), h.from().toString(), h.to().toString())));
        }
        return csv.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    List<HotSpot> rank(String department, Channel channel, LocalDate thisMonth) {
        List<PublicService> services = catalogue.list(new CatalogueService.Filter(department, channel, true, null));
        if (services.isEmpty()) {
            return List.of();
        }
        LocalDate recentFrom = thisMonth.minusMonths(3);
        LocalDate earlierFrom = thisMonth.minusMonths(6);
        NativeQuery query = Panache.getEntityManager().createNativeQuery("""
                select s.id,
                       (select count(*) from challenge c where c.service_id = s.id and c.status in ('OPEN', 'ACCEPTED'))
                           as open_challenges,
                       (select coalesce(sum(c.support_count), 0) from challenge c
                        where c.service_id = s.id and c.status in ('OPEN', 'ACCEPTED')) as supports,
                       (select coalesce(sum(m.value), 0) from service_month m where m.service_id = s.id
                          and m.measure = 'complaints' and m.period >= :recent and m.period < :now) as recent,
                       (select coalesce(sum(m.value), 0) from service_month m where m.service_id = s.id
                          and m.measure = 'complaints' and m.period >= :earlier and m.period < :recent) as earlier
                from public_service s where s.id in (:ids)""", Tuple.class).unwrap(NativeQuery.class);
        query.setParameter("recent", recentFrom).setParameter("now", thisMonth).setParameter("earlier", earlierFrom)
                .setParameterList("ids", services.stream().map(PublicService::id).toList());
        Map<Long, Tuple> byId = new HashMap<>();
        ((List<Tuple>) query.getResultList()).forEach(r -> byId.put(((Number) r.get("id")).longValue(), r));
        long maxPressure = 0;
        long maxRecent = 0;
        for (Tuple r : byId.values()) {
            maxPressure = Math.max(maxPressure, number(r, "open_challenges") + number(r, "supports"));
            maxRecent = Math.max(maxRecent, number(r, "recent"));
        }
        List<HotSpot> unranked = new ArrayList<>();
        for (PublicService s : services) {
            Tuple r = byId.get(s.id());
            long open = number(r, "open_challenges");
            long supports = number(r, "supports");
            long recent = number(r, "recent");
            long earlier = number(r, "earlier");
            double officers = maxPressure == 0 ? 0 : (double) (open + supports) / maxPressure;
            double complaints = maxRecent == 0 ? 0 : (double) recent / maxRecent;
            double rise = earlier == 0 ? 0 : Math.min(1, Math.max(0, (double) recent / earlier - 1));
            double score = round(100 * (OFFICERS * officers + COMPLAINTS * complaints + RISE * rise));
            unranked.add(new HotSpot(0, s, score, round(officers), round(complaints), round(rise), open, supports, recent,
                    earlier, recentFrom, thisMonth.minusMonths(1)));
        }
        unranked.sort(Comparator.comparingDouble(HotSpot::score).reversed()
                .thenComparing(h -> h.service().name().toLowerCase(Locale.ROOT)));
        List<HotSpot> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            HotSpot h = unranked.get(i);
            ranked.add(new HotSpot(i + 1, h.service(), h.score(), h.officers(), h.complaints(), h.rise(),
                    h.openChallenges(), h.supports(), h.recentComplaints(), h.earlierComplaints(), h.from(), h.to()));
        }
        return ranked;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long number(Tuple row, String column) {
        Number n = row == null ? null : (Number) row.get(column);
        return n == null ? 0 : n.longValue();
    }
}
