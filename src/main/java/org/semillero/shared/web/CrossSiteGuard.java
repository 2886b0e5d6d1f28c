package org.semillero.shared.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Set;

/**
 * Refuses what another site can make a signed-in browser send: a state-changing page request
 * whose {@code Origin} is another site (or that the browser marks {@code Sec-Fetch-Site:
 * cross-site}), and signing out by a GET (a link or an image on any page could sign people
 * out). Runs ahead of authentication, so it covers the sign-out path, which is not a REST
 * endpoint. The JSON API authenticates by bearer token, not by cookie, and is left alone.
 */
@ApplicationScoped
public class CrossSiteGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        HttpMethod method = context.request().method();
        if (path.equals("/logout") && method != HttpMethod.POST) {
            context.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        if (!SAFE.contains(method) && !path.startsWith("/api/") && crossSite(context)) {
            context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("Cross-site request refused.");
            return;
        }
        context.next();
    }

    static boolean crossSite(RoutingContext context) {
        if ("cross-site".equals(context.request().getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = context.request().getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            String host = context.request().getHeader("Host");
            String forwardedHost = context.request().getHeader("X-Forwarded-Host");
            String expected = forwardedHost != null && !forwardedHost.isBlank() ? forwardedHost : host;
            String originAuthority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return expected == null || !(originAuthority.equalsIgnoreCase(expected)
                    || from.getHost() != null && from.getPort() < 0 && expected.equalsIgnoreCase(from.getHost()
                    + (from.getScheme().equals("https") ? ":443" : ":80")));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
