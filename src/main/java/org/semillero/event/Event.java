package org.semillero.event;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.semillero.audit.AuditLog;

/** An internal hackathon: its phase, its planned dates and the rules every later feature reads. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventPhase phase = EventPhase.DRAFT;

    @Column(name = "ideation_starts_at", nullable = false)
    public Instant ideationStartsAt;

    @Column(name = "hacking_starts_at", nullable = false)
    public Instant hackingStartsAt;

    @Column(name = "voting_starts_at", nullable = false)
    public Instant votingStartsAt;

    @Column(name = "results_at", nullable = false)
    public Instant resultsAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "team_size_min", nullable = false)
    public int teamSizeMin;

    @Column(name = "team_size_max", nullable = false)
    public int teamSizeMax;

    @Column(name = "vote_budget", nullable = false)
    public int voteBudget;

    @Column(name = "max_votes_per_entry", nullable = false)
    public int maxVotesPerEntry;

    /** Organizers freeze team changes with this, whatever the phase. */
    @Column(name = "teams_locked", nullable = false)
    public boolean teamsLocked;

    /** How results are computed: declared before voting, frozen once it starts. */
    @Column(name = "jury_weight", nullable = false)
    public int juryWeight;

    @Column(name = "vote_weight", nullable = false)
    public int voteWeight = 100;

    @Column(nullable = false)
    public String normalisation = "RAW";

    @Column(name = "tie_break", nullable = false)
    public String tieBreak = "JURY,VOTERS,FINALIZED";

    @Column(name = "min_judges", nullable = false)
    public int minJudges = 1;

    @Column(name = "judge_comments", nullable = false)
    public String judgeComments = "ORGANIZERS";

    /** When a person last moved the phase; the scheduler never overrides a later manual move. */
    @Column(name = "last_manual_change_at")
    public Instant lastManualChangeAt;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    /** The planned start of a phase; DRAFT has none. */
    public Optional<Instant> plannedStart(EventPhase phase) {
        return Optional.ofNullable(switch (phase) {
            case DRAFT -> null;
            case IDEATION -> ideationStartsAt;
            case HACKING -> hackingStartsAt;
            case VOTING -> votingStartsAt;
            case RESULTS -> resultsAt;
            case CLOSED -> closesAt;
        });
    }

    public static Optional<Event> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Event> listVisible(boolean includeDrafts, int page, int size) {
        return (includeDrafts
                ? find("order by ideationStartsAt desc, id desc")
                : find("phase <> ?1 order by ideationStartsAt desc, id desc", EventPhase.DRAFT))
                .page(page, size).list();
    }

    public static long countVisible(boolean includeDrafts) {
        return includeDrafts ? count() : count("phase <> ?1", EventPhase.DRAFT);
    }

    /** How the audit log names this event. */
    public AuditLog.Subject auditSubject() {
        return AuditLog.Subject.of("event", slug, title);
    }
}
