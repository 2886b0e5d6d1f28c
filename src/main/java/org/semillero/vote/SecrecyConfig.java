package org.semillero.vote;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What the institution promises about ballot secrecy (see docs/results.md, "Secrecy"). */
@ConfigMapping(prefix = "semillero.secrecy")
public interface SecrecyConfig {

    /** Turnout never shows a group of voters smaller than this; smaller groups are merged. */
    @WithDefault("5")
    int minTurnoutGroup();

    /** How long after an event closes the per-change ballot history is kept; totals stay. */
    @WithDefault("P90D")
    Duration ballotLogRetention();

    /** How often the retention job looks for history to delete ("off" in tests, which call it). */
    @WithDefault("6h")
    String retentionCheckEvery();
}
