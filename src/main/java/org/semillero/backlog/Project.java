package org.semillero.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.semillero.shared.web.Keyset;
import org.semillero.shared.web.YearFilter;

/** A backlog project, with its links back up the pipeline. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String problem = "";

    @Column(name = "expected_outcome", nullable = false)
    public String expectedOutcome = "";

    @Column(name = "sponsor_id")
    public Long sponsorId;

    @Column(name = "owner_id")
    public Long ownerId;

    @Column(nullable = false)
    public String departments = "";

    @Column(nullable = false)
    public String effort = "";

    public BigDecimal budget;

    @Column(nullable = false)
    public String tags = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage = ProjectStage.PROPOSED;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "stop_reason")
    public String stopReason;

    public String lessons;

    @Column(name = "stage_since", nullable = false)
    public Instant stageSince;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "results_rank")
    public Integer resultsRank;

    @Column(name = "submission_id")
    public Long submissionId;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Column(name = "source_idea_id")
    public Long sourceIdeaId;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_activity_at", nullable = false)
    public Instant lastActivityAt;

    @Version
    @Column(nullable = false)
    public int version;

    /** The backlog newest first, a keyset page at a time ({@link Keyset}); same filters as {@link #matching}. */
    public static Keyset.Ids page(ProjectStage stage, String department, String eventSlug, Integer year, String cursor, int size) {
        Map<String, Object> params = new java.util.HashMap<>();
        return Keyset.ids(Panache.getEntityManager(), matching(stage, department, eventSlug, year, params), params,
                NEWEST, cursor, size);
    }

    static final Keyset.Order NEWEST = new Keyset.Order("newest", "p.created_at", "timestamptz", true, "p.id");

    /**
     * The SQL from and where clauses of the backlog's filters (alias {@code p}), filling
     * {@code params}: stage, department (contained in the departments text), event, year of promotion.
     */
    static String matching(ProjectStage stage, String department, String eventSlug, Integer year,
                           Map<String, Object> params) {
        YearFilter.require(year);
        StringBuilder where = new StringBuilder("from project p where true");
        if (stage != null) {
            where.append(" and p.stage = :stage");
            params.put("stage", stage.name());
        }
        if (department != null && !department.isBlank()) {
            where.append(" and lower(p.departments) like :department");
            params.put("department", "%" + department.strip().toLowerCase() + "%");
        }
        if (eventSlug != null && !eventSlug.isBlank()) {
            where.append(" and p.event_id in (select e.id from event e where e.slug = :slug)");
            params.put("slug", eventSlug.strip());
        }
        if (year != null) {
            where.append(" and extract(year from p.created_at) = :year");
            params.put("year", year);
        }
        return where.toString();
    }
}
