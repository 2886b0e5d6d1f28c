package org.semillero.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import org.semillero.shared.i18n.Locales;

/**
 * Problem answers written at the HTTP layer, before a request reaches the REST layer (a bad
 * bearer token, a body over the limit): the same problem+json as ErrorMapper's, in the
 * language of Accept-Language, with Content-Language.
 */
final class EdgeProblems {

    private EdgeProblems() {
    }

    /** Ends the request with the problem; false (nothing written) if it cannot be serialised. */
    static boolean send(RoutingContext context, ObjectMapper json, int status, String code, String header, String value) {
        Locale locale = Locales.choose(null, null, context.request().getHeader("Accept-Language"));
        String body;
        try {
            body = json.writeValueAsString(ErrorMapper.problemOf(locale, context.request().path(), status, code,
                    "problem." + code, List.of()));
        } catch (JsonProcessingException e) {
            return false;
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.getLanguage()).putHeader(header, value).end(body);
        return true;
    }
}
