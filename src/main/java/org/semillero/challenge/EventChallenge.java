package org.semillero.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A challenge chosen as one of an event's themes. */
@Entity
@Table(name = "event_challenge")
@IdClass(EventChallenge.Key.class)
public class EventChallenge extends PanacheEntityBase {

    /** The composite key: the event and the challenge. */
    public static class Key implements Serializable {
        public Long eventId;
        public Long challengeId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(eventId, key.eventId)
                    && Objects.equals(challengeId, key.challengeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, challengeId);
        }
    }

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Id
    @Column(name = "challenge_id")
    public Long challengeId;

    @Column(name = "attached_by", nullable = false)
    public Long attachedBy;

    @Column(name = "attached_at", nullable = false)
    public Instant attachedAt;
}
