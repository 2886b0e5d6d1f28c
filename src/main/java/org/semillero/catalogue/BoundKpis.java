package org.semillero.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.semillero.backlog.ProjectService;

/** Project KPIs that follow a service's signals. */
@ApplicationScoped
class BoundKpis {

    /**
     * KPIs bound to this service's signals: the actual value is the latest month's, the baseline
     * the average of the three months before the project entered its pilot (kept as typed until then).
     */
    void refresh(long serviceId) {
        Panache.getEntityManager().createNativeQuery("""
                update kpi k set actual = latest.value, actual_at = latest.period,
                    baseline = coalesce((
                        select round(avg(b.value), 2)
                        from service_month b, (select %s as at) pilot
                        where b.service_id = k.service_id and b.measure = k.measure
                          and b.period < date_trunc('month', pilot.at)
                          and b.period >= date_trunc('month', pilot.at) - interval '3 months'), k.baseline)
                from (select distinct on (measure) measure, period, value from service_month
                      where service_id = :s order by measure, period desc) latest
                where k.service_id = :s and k.measure = latest.measure""".formatted(
                        ProjectService.firstReachedSql("k.project_id", "'PILOT'")))
                .setParameter("s", serviceId).executeUpdate();
    }

}
