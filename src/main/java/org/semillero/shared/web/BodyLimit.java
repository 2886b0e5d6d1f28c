package org.semillero.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body over the limit ({@code quarkus.http.limits.max-body-size}) is refused before it
 * is read, with the 413 problem+json the API document promises (the HTTP layer's own answer has
 * no body), in the caller's language.
 */
@ApplicationScoped
public class BodyLimit {

    private final ObjectMapper json;
    private final long limit;

    BodyLimit(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null || !context.normalizedPath().startsWith("/api/") || !tooLong(length)) {
            context.next();
            return;
        }
        if (!EdgeProblems.send(context, json, 413, "too-large", "Connection", "close")) {
            context.next();
        }
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
