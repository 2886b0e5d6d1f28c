package org.semillero.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;

/** A team at an event, led by one of its members. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String pitch = "";

    @Column(name = "idea_id")
    public Long ideaId;

    @Column(name = "lead_id")
    public Long leadId;

    @Column(name = "dissolved_at")
    public Instant dissolvedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "team_role", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "role")
    @SortNatural
    public SortedSet<String> openRoles = new TreeSet<>();

    public boolean isDissolved() {
        return dissolvedAt != null;
    }

    public static List<Team> activeIn(long eventId) {
        return list("eventId = ?1 and dissolvedAt is null order by lower(name), id", eventId);
    }
}
