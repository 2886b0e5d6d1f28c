package org.semillero.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A bearer token that is malformed, forged, expired or signed by someone else fails before
 * the REST layer; without this the caller got an empty 401 (or the provider client's text).
 * API callers get the same 401 problem+json as for a missing token, in their language, and
 * nothing about how tokens are checked.
 */
@ApplicationScoped
public class BearerFailures {

    private final ObjectMapper json;

    BearerFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException)
                || !context.normalizedPath().startsWith("/api/") || context.response().headWritten()) {
            context.next();
            return;
        }
        if (!EdgeProblems.send(context, json, 401, "unauthenticated", "WWW-Authenticate", "Bearer error=\"invalid_token\"")) {
            context.next();
        }
    }
}
