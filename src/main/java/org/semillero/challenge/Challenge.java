package org.semillero.challenge;

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
import java.util.List;

/** A problem in a public service, as an officer sees it. */
@Entity
@Table(name = "challenge")
public class Challenge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String service;

    @Column(nullable = false)
    public String problem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Affected affected;

    @Column(nullable = false)
    public String evidence = "";

    @Column(name = "evidence_value")
    public BigDecimal evidenceValue;

    @Column(name = "evidence_unit")
    public String evidenceUnit;

    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChallengeStatus status = ChallengeStatus.OPEN;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "merged_into")
    public Long mergedInto;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(name = "support_count", nullable = false)
    public int supportCount;

    @Column(name = "comment_count", nullable = false)
    public int commentCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    public static List<Challenge> byStatus(ChallengeStatus status) {
        return list("status = ?1 order by createdAt, id", status);
    }
}
