package org.semillero.shared.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Strict headers on every response. Pages load only their own scripts and styles (no inline
 * code); Swagger UI, a developer tool, needs inline scripts and gets a looser policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    static final String TOOL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private final boolean hsts;

    SecurityHeaders(@ConfigProperty(name = "semillero.web.hsts", defaultValue = "false") boolean hsts) {
        this.hsts = hsts;
    }

    /** Installed ahead of every other route, so static files, errors and redirects get the headers too. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev")
                    ? TOOL_POLICY : PAGE_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (hsts) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (!headers.contains("Cache-Control") && !path.startsWith("/static/")) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
