package org.semillero.judging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A weighted jury criterion of an event; weights add up to 100. */
@Entity
@Table(name = "criterion")
public class Criterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description = "";

    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public int position;

    public static List<Criterion> of(long eventId) {
        return list("eventId = ?1 order by position, id", eventId);
    }
}
