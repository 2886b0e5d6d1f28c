package org.semillero.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An application to join a team, or an invitation from its lead. */
@Entity
@Table(name = "team_request")
public class TeamRequest extends PanacheEntityBase {

    public static final String APPLICATION = "APPLICATION";
    public static final String INVITATION = "INVITATION";
    public static final String PENDING = "PENDING";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id", nullable = false)
    public Long teamId;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String message = "";

    @Column(nullable = false)
    public String status = PENDING;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isApplication() {
        return APPLICATION.equals(kind);
    }
}
