package org.semillero.shared.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's (or the reverse proxy's) {@code X-Request-Id} when it
 * is a plain token, a new one otherwise. It is echoed in the response, written in every log
 * line of the request (MDC key {@code requestId}) and in the access log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        context.addEndHandler(ignored -> MDC.remove("requestId"));
        context.next();
    }
}
