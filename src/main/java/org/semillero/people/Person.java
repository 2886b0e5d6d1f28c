package org.semillero.people;

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
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;

/** A signed-in person, keyed by the identity provider's subject. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String subject;

    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    public String department;

    /** True when the identity provider supplies the department; the profile cannot change it. */
    @Column(name = "department_from_idp", nullable = false)
    public boolean departmentFromIdp;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    // Loaded when read (profile, team matching), not with every sign-in lookup.
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "skill")
    @SortNatural
    public SortedSet<String> skills = new TreeSet<>();

    /** Roles at the last sign-in, sorted and comma-separated; null before the first. */
    public String roles;

    /** Set when the person was removed: the profile is pseudonymised, never deleted. */
    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Person> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
