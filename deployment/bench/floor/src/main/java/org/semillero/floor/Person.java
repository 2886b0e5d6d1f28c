package org.semillero.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A read-only view of the service's person table: one entity, as a minimal application has. */
@Entity(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "display_name")
    public String displayName;
}
