package org.semillero.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.security.Viewer;

/**
 * One place that turns failures into answers: RFC 9457 problem+json under {@code /api/},
 * a translated error page elsewhere. Never a stack trace, class name or raw message.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, boolean forms);
    }

    private final Viewer viewer;
    private final java.util.Map<String, DatabaseRefusals.Refusal> refusals = new java.util.HashMap<>();

    private final SecurityIdentity identity;

    private final CurrentVertxRequest request;

    ErrorMapper(Viewer viewer, jakarta.enterprise.inject.Instance<DatabaseRefusals> features, SecurityIdentity identity,
                CurrentVertxRequest request) {
        this.request = request;
        features.forEach(feature -> refusals.putAll(feature.refusals()));
        this.viewer = viewer;
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Locale locale = viewer.locale();
        List<Problem.InvalidParam> params = e.fieldErrors().stream()
                .map(error -> new Problem.InvalidParam(error.field(),
                        Messages.get(locale, error.messageKey(), error.params())))
                .toList();
        return answer(uri, e.kind().status, e.code(), e.messageKey(), params);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        if (isApi(uri)) {
            return Response.fromResponse(answer(uri, 401, "unauthenticated", "problem.unauthenticated", List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        String next = "GET".equals(request.getMethod()) ? uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()) : "/";
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, "forbidden", "problem.forbidden", List.of());
    }

    @ServerExceptionMapper
    public Response redirect(AuthenticationRedirectException e) {
        return Response.status(e.getCode()).location(URI.create(e.getRedirectUri())).build();
    }

    /** A lock wait that the database broke off (deadlock or timeout): nothing was written; try again. */
    @ServerExceptionMapper({jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class})
    public Response busy(jakarta.persistence.PersistenceException e, UriInfo uri) {
        LOG.warnf("Lock conflict on %s: %s", uri.getRequestUri().getPath(), e.getClass().getSimpleName());
        return answer(uri, 409, "busy", "problem.busy", List.of());
    }

    /**
     * A database rule refused a write (a feature's trigger raised its own SQLSTATE, see
     * {@link DatabaseRefusals}) or broke off a deadlock: the request changed nothing and gets a
     * 4xx, never a 500.
     */
    @ServerExceptionMapper
    public Response refusedByDatabase(jakarta.persistence.PersistenceException e, UriInfo uri) {
        String state = sqlState(e);
        DatabaseRefusals.Refusal refusal = state == null ? null : refusals.get(state);
        if (refusal != null) {
            return answer(uri, refusal.status(), refusal.code(), refusal.messageKey(), List.of());
        }
        if ("40P01".equals(state) || "40001".equals(state) || "55P03".equals(state)) {
            return busy(e, uri);
        }
        // Class 22, "data exception": a value the database cannot take (a NUL character, a
        // number out of range, text that does not convert); the request wrote nothing.
        if (state != null && state.startsWith("22")) {
            LOG.debugf("Value refused by the database on %s: %s", uri.getRequestUri().getPath(), state);
            return answer(uri, 400, "bad-request", "problem.bad-request", List.of());
        }
        return unexpected(e, uri);
    }

    /**
     * The database cannot be reached (restarting, failing over, network): the request wrote
     * nothing; answer 503 at once so that callers and load balancers retry, instead of holding
     * threads until a timeout.
     */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri.getRequestUri().getPath(), rootMessage(e));
        return Response.fromResponse(answer(uri, 503, "database-unavailable", "problem.database-unavailable", List.of()))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        String state = sqlState(e);
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            // Agroal gives up waiting for a connection when none can be opened.
            if (cause instanceof java.sql.SQLException && cause.getMessage() != null
                    && cause.getMessage().startsWith("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** The client went away before the answer was written (closed connection, cancelled request). */
    private static boolean isClientGone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("io.vertx.core.http.HttpClosedException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return answer(uri, 409, "stale-version", "problem.stale-version", List.of());
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class,
            com.fasterxml.jackson.core.JsonParseException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.InvalidParam> params = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            String key = e instanceof UnrecognizedPropertyException ? "validation.unknown-field" : "validation.wrong-type";
            params = List.of(new Problem.InvalidParam(field, Messages.get(viewer.locale(), key)));
        }
        return answer(uri, 400, "unreadable-body", "problem.unreadable-body", params);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String code = codeFor(status);
        return answer(uri, status == 401 || status == 403 ? 400 : status, code, "problem." + code, List.of());
    }

    /** The problem code for a bare HTTP client error status. */
    static String codeFor(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            return databaseUnavailable(e, uri);
        }
        if (isTooManyFormFields(e)) {
            return answer(uri, 413, "too-many-fields", "problem.too-many-fields", List.of());
        }
        // A database refusal that surfaced at commit arrives wrapped (rollback, interceptor);
        // it is the same refusal as one raised by a statement.
        if (sqlState(e) != null && !(e instanceof jakarta.persistence.PersistenceException)) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.persistence.PersistenceException persistence) {
                    return refusedByDatabase(persistence, uri);
                }
            }
            return refusedByDatabase(new jakarta.persistence.PersistenceException(e), uri);
        }
        if (isClientGone(e)) {
            LOG.debugf("Client closed the connection on %s", uri.getRequestUri().getPath());
            return Response.status(499).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected failure %s on %s", reference, uri.getRequestUri().getPath());
        return answer(uri, 500, "internal", "problem.internal", List.of());
    }

    /**
     * The form parser stops at its field limit (1,000) with a plain RuntimeException; it is the
     * client's request that is too large, never a server failure.
     */
    static boolean isTooManyFormFields(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null
                && e.getMessage().startsWith("Param limit of") && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().endsWith(".FormData");
    }

    private Response answer(UriInfo uri, int status, String code, String messageKey, List<Problem.InvalidParam> params) {
        Locale locale = viewer.locale();
        if (isApi(uri)) {
            Problem problem = problemOf(locale, uri.getRequestUri().getRawPath(), status, code, messageKey, params);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        if (!viewer.isSignedIn() && !identity.isAnonymous()) {
            // No page matched (404, 405), so the sign-in filter did not run: the header still shows
            // who is signed in and what they may reach, from the sign-in alone (no database read here).
            viewer.signedInWithoutProfile(identity.getPrincipal().getName(), identity.getRoles());
        }
        String title = Messages.get(locale, "problem.title." + status);
        // A refusal that names fields (e.g. text that cannot be stored) says what is wrong, not only that something is.
        String detail = params.isEmpty() ? Messages.get(locale, messageKey)
                : params.stream().map(Problem.InvalidParam::message).distinct().collect(Collectors.joining(" "));
        // The form token exists once a page matched; an unknown address never reaches that filter.
        boolean forms = request.getCurrent() != null && request.getCurrent().get("csrf_token") != null;
        TemplateInstance page = Templates.error(status, title, detail, forms).setAttribute(TemplateInstance.LOCALE, locale);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** A problem with its title and detail in the given language. */
    static Problem problemOf(Locale locale, String path, int status, String code, String messageKey,
                             List<Problem.InvalidParam> params) {
        return new Problem(Problem.typeOf(code), Messages.get(locale, "problem.title." + status), status,
                Messages.get(locale, messageKey), path, params);
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        return path.startsWith("/api/") || path.equals("/api");
    }
}
