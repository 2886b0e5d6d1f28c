package org.semillero.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An application to join a team, or an invitation from its lead. */
@Entity
@Table(name = "team_request")
public class TeamRequest extends PanacheEntityBase {

    /** Who started it: the officer asking to join, or the lead inviting. */
    public enum Kind {
        APPLICATION, INVITATION
    }

    /** Pending until answered; closed when the person joined another team or the team dissolved. */
    public enum Status {
        PENDING, ACCEPTED, DECLINED, WITHDRAWN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id", nullable = false)
    public Long teamId;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String message = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isApplication() {
        return kind == Kind.APPLICATION;
    }
}
