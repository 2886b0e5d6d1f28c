package org.semillero.backlog;

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
}
