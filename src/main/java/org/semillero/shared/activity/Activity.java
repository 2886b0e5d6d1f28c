package org.semillero.shared.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One thing a person did, for their "recent activity". */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false)
    public String kind;

    public String subject;

    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Activity> recentFor(long personId, int limit) {
        return find("personId = ?1 order by createdAt desc, id desc", personId).page(0, limit).list();
    }
}
