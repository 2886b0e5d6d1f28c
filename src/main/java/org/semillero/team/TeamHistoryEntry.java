package org.semillero.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a team: created, joined, left, removed, moved, lead changed, dissolved. */
@Entity
@Table(name = "team_history")
public class TeamHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "team_id", nullable = false)
    public Long teamId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "subject_id")
    public Long subjectId;

    public String reason;

    @Column(nullable = false)
    public Instant at;
}
