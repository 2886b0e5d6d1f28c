package org.semillero.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
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
        if (status < 400 || response.hasEntity() || !ErrorMapper.isApi(request.getUriInfo())) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String code = ErrorMapper.codeFor(status);
        response.setEntity(ErrorMapper.problemOf(viewer.locale(), path, status, code, "problem." + code, List.of()), null,
                jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
