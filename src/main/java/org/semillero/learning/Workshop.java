package org.semillero.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A training session: in person, online, or a stop of a travelling workshop (roadshow). */
@Entity
public class Workshop extends PanacheEntityBase {

    public enum Format { IN_PERSON, ONLINE, ROADSHOW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;

    public String location;

    @Column(name = "meeting_url")
    public String meetingUrl;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "registration_closes_at", nullable = false)
    public Instant registrationClosesAt;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "attendance_code", nullable = false)
    public String attendanceCode;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_by", nullable = false)
    public long createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Length in hours (for certificates and the learning record), to a quarter hour. */
    public double hours() {
        return Math.round(Duration.between(startsAt, endsAt).toMinutes() / 15.0) / 4.0;
    }
}
