package org.semillero.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.security.Viewer;

/**
 * The reader's language before the request is matched to a resource: the switcher's cookie,
 * else Accept-Language. Answers that never reach a resource (no such path, wrong method, wrong
 * Accept or Content-Type) are written in it; the sign-in filter later puts the profile's
 * language first for a signed-in person.
 */
public class RequestLanguage {

    private final Viewer viewer;

    RequestLanguage(Viewer viewer) {
        this.viewer = viewer;
    }

    @ServerRequestFilter(preMatching = true)
    public void choose(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Locales.COOKIE);
        viewer.locale(Locales.choose(null, cookie == null ? null : cookie.getValue(),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
