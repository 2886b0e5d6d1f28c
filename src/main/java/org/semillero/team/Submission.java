package org.semillero.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;

/** What a team built, as it will reach the ballot once organizers accept it. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    public enum Status {
        DRAFT, FINAL, ACCEPTED, RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id", nullable = false, unique = true)
    public Long teamId;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String built = "";

    @Column(name = "demo_url")
    public String demoUrl;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "challenge_id")
    public Long challengeId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "submission_idea", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "idea_id")
    @SortNatural
    public SortedSet<Long> ideaIds = new TreeSet<>();
}
