package org.semillero.event;

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
import java.util.List;

/** One step of an event's phase timeline, by a person or by the schedule. */
@Entity
@Table(name = "event_phase_change")
public class PhaseChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", nullable = false)
    public EventPhase fromPhase;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false)
    public EventPhase toPhase;

    /** Null when the schedule moved the event. */
    @Column(name = "changed_by")
    public Long changedBy;

    @Column(nullable = false)
    public boolean automatic;

    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static List<PhaseChange> timelineOf(long eventId) {
        return list("eventId = ?1 order by changedAt, id", eventId);
    }
}
