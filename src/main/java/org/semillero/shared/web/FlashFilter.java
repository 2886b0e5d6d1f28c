package org.semillero.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.semillero.shared.i18n.Messages;

/** Moves the flash cookie into {@link Flash} and clears it once a page has shown it. */
public class FlashFilter {

    private final Flash flash;

    FlashFilter(Flash flash) {
        this.flash = flash;
    }

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Flash.COOKIE);
        if (cookie != null && (cookie.getValue().startsWith("flash.") || cookie.getValue().startsWith("problem."))
                && Messages.has(cookie.getValue())) {
            flash.show(cookie.getValue());
        }
    }

    @ServerResponseFilter
    public void clear(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getCookies().containsKey(Flash.COOKIE) && response.getStatus() < 300) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Flash.COOKIE).value("")
                    .path("/").maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
