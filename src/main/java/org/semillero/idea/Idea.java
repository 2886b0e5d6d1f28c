package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A proposed fix: for a theme of an event, or for the always-open idea box. */
@Entity
@Table(name = "idea")
public class Idea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String problem;

    @Column(nullable = false)
    public String solution;

    @Column(name = "benefit_citizens", nullable = false)
    public String benefitCitizens = "";

    @Column(name = "benefit_officers", nullable = false)
    public String benefitOfficers = "";

    public String service;

    public String department;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdeaState state = IdeaState.DRAFT;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "merged_into")
    public Long mergedInto;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(name = "support_count", nullable = false)
    public int supportCount;

    @Column(name = "comment_count", nullable = false)
    public int commentCount;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "idea_tag", joinColumns = @JoinColumn(name = "idea_id"))
    @Column(name = "tag")
    @SortNatural
    public SortedSet<String> tags = new TreeSet<>();
}
