package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An officer invited to co-author an idea, and their answer. */
@Entity
@Table(name = "idea_coauthor")
@IdClass(IdeaCoauthor.Key.class)
public class IdeaCoauthor extends PanacheEntityBase {

    /** The composite key: the idea and the person. */
    public static class Key implements Serializable {
        public Long ideaId;
        public Long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(ideaId, key.ideaId) && Objects.equals(personId, key.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaId, personId);
        }
    }

    @Id
    @Column(name = "idea_id")
    public Long ideaId;

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Column(nullable = false)
    public String status;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "responded_at")
    public Instant respondedAt;
}
