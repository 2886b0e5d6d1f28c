package org.semillero.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.semillero.shared.time.InstitutionClock;

/**
 * The institution's clock in dev mode, which the demo can set back while it writes its past, so
 * that what the services stamp (a publication of results, its audit entry) carries the date it
 * would have had. Never built outside dev mode; back at the real time once the demo is loaded.
 */
// A singleton: a proxy would need a no-argument constructor, which the institution's clock does not have.
@Singleton
@Alternative
@Priority(1)
@IfBuildProfile("dev")
class DemoClock extends InstitutionClock {

    private volatile Duration back = Duration.ZERO;

    DemoClock(@ConfigProperty(name = "semillero.time-zone", defaultValue = "UTC") ZoneId zone) {
        super(zone);
    }

    @Override
    public Instant now() {
        return super.now().minus(back);
    }

    /** From now until {@link #reset()}, the clock reads {@code days} days ago. */
    void setBack(int days) {
        back = Duration.ofDays(days);
    }

    void reset() {
        back = Duration.ZERO;
    }
}
