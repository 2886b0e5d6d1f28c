package org.semillero.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.semillero.shared.i18n.Locales;

/**
 * Graceful stop. On SIGTERM, requests already running finish (quarkus.shutdown.timeout); new
 * ones are answered at once with 503 problem+json and "Connection: close", so that clients and
 * load balancers go elsewhere and the wait for running requests ends as soon as they do.
 * With quarkus.shutdown.delay-enabled, new requests are still served during the delay, while
 * readiness already reports DOWN and the orchestrator takes the replica out of rotation.
 */
@ApplicationScoped
public class ShutdownGate {

    private static final Logger LOG = Logger.getLogger(ShutdownGate.class);

    private final Duration delay;
    private final ObjectMapper json;
    private volatile boolean closing;

    ShutdownGate(@ConfigProperty(name = "quarkus.shutdown.delay-enabled", defaultValue = "false") boolean delayEnabled,
                 @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay, ObjectMapper json) {
        this.delay = delayEnabled ? delay.orElse(Duration.ZERO) : Duration.ZERO;
        this.json = json;
    }

    void watch(@Observes StartupEvent started) {
        // Only a real process stop; dev and test restart the application inside one JVM.
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "semillero-shutdown-gate"));
        }
    }

    /** Starts refusing new requests (after the configured delay). */
    void close() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closing = true;
        LOG.info("Shutting down: new requests are answered with 503");
    }

    public boolean closing() {
        return closing;
    }

    /** Serves again; only tests, which close the gate of a running application, need this. */
    void reopen() {
        closing = false;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::gate);
    }

    private void gate(RoutingContext context) {
        if (!closing) {
            context.next();
            return;
        }
        Locale locale = Locales.fromAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .map(Locale::forLanguageTag).orElse(Locales.DEFAULT);
        Problem problem = ErrorMapper.problemOf(locale, context.request().path(), 503, "shutting-down",
                "problem.shutting-down", List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        context.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader("Retry-After", "5")
                .end(body);
    }
}
