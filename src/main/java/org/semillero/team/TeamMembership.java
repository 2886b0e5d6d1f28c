package org.semillero.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person's seat in a team (read model; seats are taken and freed through TeamService). */
@Entity
@Table(name = "team_member")
@IdClass(TeamMembership.Key.class)
public class TeamMembership extends PanacheEntityBase {

    /** The composite key: the team and the person. */
    public static class Key implements Serializable {
        public Long teamId;
        public Long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && Objects.equals(personId, key.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, personId);
        }
    }

    @Id
    @Column(name = "team_id")
    public Long teamId;

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
