package org.semillero.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How e-mail leaves: where links point, retries, when digests are built and the unsubscribe key. */
@ConfigMapping(prefix = "semillero.mail")
public interface MailConfig {

    /** The address people reach Semillero at, for links in e-mails (no trailing slash). */
    String publicUrl();

    /** How often the sender looks for e-mails to send ({@code off} in tests, which call it themselves). */
    String sendEvery();

    /** How often the digest builder looks for windows to build. */
    String digestCheckEvery();

    /** Tries before an e-mail is given up as FAILED (its last error kept). */
    @WithDefault("5")
    int maxAttempts();

    /** Wait after the first failure; each later one waits twice as long. */
    @WithDefault("PT1M")
    Duration retryAfter();

    /** Local hour (institution time zone) after which yesterday's and last week's digests are built. */
    @WithDefault("7")
    int digestHour();

    /** Key that signs unsubscribe links, so nobody can turn off someone else's e-mail. */
    String unsubscribeKey();
}
