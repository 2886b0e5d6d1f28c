package org.semillero.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Objects;
import org.semillero.backlog.ProjectInputs.KpiInput;
import org.semillero.backlog.ProjectInputs.MilestoneInput;
import org.semillero.backlog.ProjectInputs.UpdateInput;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.Inputs;

/** Following a project to delivery: milestones, updates, KPIs and followers. */
@ApplicationScoped
public class ProjectTrackingService {

    private final ProjectService projects;
    private final InstitutionClock clock;

    ProjectTrackingService(ProjectService projects, InstitutionClock clock) {
        this.projects = projects;
        this.clock = clock;
    }
    @Transactional
    public long addMilestone(Actor actor, long id, MilestoneInput input) {
        Project project = projects.lockManaged(actor, id);
        projects.check(input);
        Number milestone = (Number) Panache.getEntityManager().createNativeQuery("""
                        insert into milestone (project_id, title, due_date, weight) values (:p, :t, :d, :w)
                        returning id""")
                .setParameter("p", id).setParameter("t", input.title().strip()).setParameter("d", input.dueDate())
                .setParameter("w", input.weight()).getSingleResult();
        projects.touch(project);
        projects.history(project, "MILESTONE_ADDED", actor.personId(), input.title().strip());
        return milestone.longValue();
    }

    @Transactional
    public void setMilestoneDone(Actor actor, long id, long milestoneId, boolean done) {
        Project project = projects.lockManaged(actor, id);
        int changed = Panache.getEntityManager().createNativeQuery("""
                update milestone set done = :d, done_at = case when :d then now() else null end
                where id = :m and project_id = :p""")
                .setParameter("d", done).setParameter("m", milestoneId).setParameter("p", id).executeUpdate();
        if (changed == 0) {
            throw DomainException.notFound("milestone-not-found");
        }
        projects.touch(project);
        projects.history(project, done ? "MILESTONE_DONE" : "MILESTONE_REOPENED", actor.personId(), String.valueOf(milestoneId));
    }

    @Transactional
    public void addUpdate(Actor actor, long id, UpdateInput input) {
        Project project = projects.lockManaged(actor, id);
        projects.check(input);
        Panache.getEntityManager().createNativeQuery("""
                insert into project_update (project_id, author_id, text, progress_note) values (:p, :a, :t, :n)""")
                .setParameter("p", id).setParameter("a", actor.personId()).setParameter("t", input.text().strip())
                .setParameter("n", ProjectService.blankToNull(input.progressNote())).executeUpdate();
        projects.touch(project);
        projects.history(project, "UPDATE", actor.personId(), null);
    }

    @Transactional
    public long addKpi(Actor actor, long id, KpiInput input) {
        Project project = projects.lockManaged(actor, id);
        projects.check(input);
        Number kpi = (Number) Panache.getEntityManager().createNativeQuery("""
                insert into kpi (project_id, name, unit, baseline, target, actual, actual_at)
                values (:p, :n, :u, :b, :t, :a, :at) returning id""")
                .setParameter("p", id).setParameter("n", input.name().strip())
                .setParameter("u", Objects.requireNonNullElse(input.unit(), "").strip())
                .setParameter("b", input.baseline()).setParameter("t", input.target()).setParameter("a", input.actual())
                .setParameter("at", input.actualAt()).getSingleResult();
        projects.touch(project);
        projects.history(project, "KPI", actor.personId(), input.name().strip());
        return kpi.longValue();
    }

    /** Records the latest actual value of a KPI. */
    @Transactional
    public void recordKpi(Actor actor, long id, long kpiId, BigDecimal actual, java.time.LocalDate at) {
        Project project = projects.lockManaged(actor, id);
        Inputs.required("actual", actual);
        if (Panache.getEntityManager().createNativeQuery(
                        "update kpi set actual = :a, actual_at = :at where id = :k and project_id = :p and service_id is null")
                .setParameter("a", actual).setParameter("at", at == null ? java.time.LocalDate.now(clock.zone()) : at)
                .setParameter("k", kpiId).setParameter("p", id).executeUpdate() == 0) {
            boolean bound = ((Number) Panache.getEntityManager().createNativeQuery(
                    "select count(*) from kpi where id = :k and project_id = :p").setParameter("k", kpiId)
                    .setParameter("p", id).getSingleResult()).intValue() > 0;
            throw bound ? DomainException.conflict("kpi-follows-signal") : DomainException.notFound("kpi-not-found");
        }
        projects.touch(project);
        projects.history(project, "KPI", actor.personId(), actual.toPlainString());
    }

    @Transactional
    public void follow(Actor actor, long id, boolean follow) {
        projects.get(id);
        Panache.getEntityManager().createNativeQuery(follow
                        ? "insert into project_follower (project_id, person_id) values (:p, :u) on conflict do nothing"
                        : "delete from project_follower where project_id = :p and person_id = :u")
                .setParameter("p", id).setParameter("u", actor.personId()).executeUpdate();
    }
}
