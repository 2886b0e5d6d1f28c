package org.semillero.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Now" and the institution's time zone, in which pages show and read dates. */
@ApplicationScoped
public class InstitutionClock {

    private final ZoneId zone;
    private final Clock clock;

    protected InstitutionClock(@ConfigProperty(name = "semillero.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.zone = zone;
        this.clock = Clock.system(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    public ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone);
    }
}
