package org.semillero.shared.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.semillero.shared.security.Viewer;

/** Tells clients and caches which language a page or a problem's texts are in. */
public class ContentLanguageFilter {

    private final Viewer viewer;

    ContentLanguageFilter(Viewer viewer) {
        this.viewer = viewer;
    }

    @ServerResponseFilter
    public void announceLanguage(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && (type.isCompatible(MediaType.TEXT_HTML_TYPE)
                || Problem.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype()))) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, viewer.getLang());
            response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
    }
}
