package org.semillero.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.security.Viewer;

/**
 * Every API error carries a problem+json body, including the bare 4xx answers of framework
 * filters (e.g. a form-encoded POST to the API without the CSRF cookie pages use).
 */
public class ApiProblemFallback {

    private final Viewer viewer;

    ApiProblemFallback(Viewer viewer) {
        this.viewer = viewer;
    }

    @ServerResponseFilter
    public void addProblem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (status < 400 || response.hasEntity() || !(path.startsWith("/api/") || path.equals("/api"))) {
            return;
        }
        String code = status == 400 ? "bad-request" : status == 404 ? "not-found" : status == 415
                ? "unsupported-media-type" : "bad-request";
        String title = Messages.get(viewer.locale(), "problem.title." + status);
        response.setEntity(new Problem(Problem.typeOf(code), title, status,
                Messages.get(viewer.locale(), "problem." + code), path, List.of()), null,
                jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
