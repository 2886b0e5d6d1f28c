package org.semillero.catalogue;

import jakarta.persistence.Tuple;
import java.util.List;

/** A public service of the catalogue, as pages and the API show it. */
public record PublicService(long id, String code, String name, String description, String department,
                            List<Channel> channels, String link, boolean active) {

    static PublicService of(Tuple row) {
        return new PublicService(((Number) row.get("id")).longValue(), row.get("code", String.class),
                row.get("name", String.class), row.get("description", String.class), row.get("department", String.class),
                Channel.read(row.get("channels", String.class)), row.get("link", String.class),
                row.get("active", Boolean.class));
    }

    static final String COLUMNS = "s.id, s.code, s.name, s.description, s.department, s.channels, s.link, s.active";
}
