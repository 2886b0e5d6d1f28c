package org.semillero.idea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved edit of an idea: who, when, and each changed field's old and new text. */
@Entity
@Table(name = "idea_version")
public class IdeaVersion extends PanacheEntityBase {

    /** A changed field's value before and after. */
    public record Change(String from, String to) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "idea_id", nullable = false)
    public Long ideaId;

    @Column(nullable = false)
    public int number;

    @Column(name = "edited_by", nullable = false)
    public Long editedBy;

    @Column(name = "edited_at", nullable = false)
    public Instant editedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Change> changes;

    public static List<IdeaVersion> of(long ideaId) {
        return list("ideaId = ?1 order by number desc", ideaId);
    }
}
