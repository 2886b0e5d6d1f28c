package org.semillero.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on an idea or a challenge, or a reply to one (one level deep). */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "idea_id")
    public Long ideaId;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "hidden_by")
    public Long hiddenBy;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    public boolean isHidden() {
        return hiddenAt != null;
    }
}
