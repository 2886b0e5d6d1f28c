package org.semillero.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.semillero.people.PersonService;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** How projects are shown, to the API and the pages alike; both depend on this, never on each other. */
@ApplicationScoped
public class ProjectViews {

    public record ProjectView(long id, String title, String problem, String expectedOutcome, String sponsor,
                              String owner, String departments, String effort, BigDecimal budget, String tags,
                              ProjectStage stage, String decisionNote, String stopReason, String lessons,
                              int progress, Long eventId, Integer resultsRank, Long submissionId, Long teamId,
                              Long challengeId, List<Long> ideaIds, List<String> contributors, int version,
                              Instant createdAt, Instant lastActivityAt) {
    }

    private final ProjectService projects;
    private final PersonService people;

    ProjectViews(ProjectService projects, PersonService people) {
        this.projects = projects;
        this.people = people;
    }

    public ProjectView view(Project p) {
        return views(List.of(p)).get(0);
    }

    /** Views of several projects with a fixed number of queries, however many projects there are. */
    public List<ProjectView> views(List<Project> list) {
        Map<Long, String> names = people.displayNames(list.stream()
                .flatMap(p -> Stream.of(p.sponsorId, p.ownerId)).filter(Objects::nonNull).distinct().toList());
        ProjectService.ListData data = projects.listData(list.stream().map(p -> p.id).toList());
        return list.stream().map(p -> new ProjectView(p.id, p.title, p.problem, p.expectedOutcome,
                names.get(p.sponsorId), names.get(p.ownerId), p.departments, p.effort, p.budget, p.tags, p.stage,
                p.decisionNote, p.stopReason, p.lessons,
                ProjectService.progress(data.milestones().getOrDefault(p.id, List.of())), p.eventId, p.resultsRank,
                p.submissionId, p.teamId, p.challengeId, data.ideaIds().getOrDefault(p.id, List.of()),
                data.contributors().getOrDefault(p.id, List.of()), p.version, p.createdAt, p.lastActivityAt)).toList();
    }

    /** The backlog as CSV, the same columns for the API and the signed-in browser. */
    public String csv(List<ProjectView> list) {
        StringBuilder csv = new StringBuilder(Csv.line(List.of("id", "title", "stage", "progress", "owner", "sponsor",
                "departments", "budget", "event_id", "results_rank", "created_at", "last_activity_at")));
        for (ProjectView v : list) {
            csv.append(Csv.line(List.of(String.valueOf(v.id()), v.title(), v.stage().name(), String.valueOf(v.progress()),
                    nullToEmpty(v.owner()), nullToEmpty(v.sponsor()), v.departments(),
                    v.budget() == null ? "" : v.budget().toPlainString(), v.eventId() == null ? "" : String.valueOf(v.eventId()),
                    v.resultsRank() == null ? "" : String.valueOf(v.resultsRank()), v.createdAt().toString(),
                    v.lastActivityAt().toString())));
        }
        return csv.toString();
    }

    public static ProjectStage parseStage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        return ProjectStage.parse(stage)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("stage", "project.stage.unknown"))));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A page of the backlog: {@code next} is the cursor of the following page; {@code total} only on the first. */
    public record ProjectPage(List<ProjectView> items, int size, Long total, String next) {
    }
}
