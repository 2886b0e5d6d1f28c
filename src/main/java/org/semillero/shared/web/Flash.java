package org.semillero.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.security.Viewer;

/**
 * One-shot messages across post/redirect/get: a POST answers {@link #redirect} with a
 * message key in a short-lived cookie; the next page shows it once and clears it. Only
 * known {@code flash.*} and {@code problem.*} keys are shown, so the cookie cannot inject
 * text. Problems and {@code flash.error.*} show as errors.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "semillero-flash";

    private final Viewer viewer;
    private String key;

    Flash(Viewer viewer) {
        this.viewer = viewer;
    }

    public static Response redirect(String path, String messageKey) {
        return Response.seeOther(URI.create(path))
                .cookie(new NewCookie.Builder(COOKIE).value(messageKey).path("/").maxAge(60)
                        .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    public boolean isPresent() {
        return key != null;
    }

    public String getKey() {
        return key == null ? "" : key;
    }

    public boolean isError() {
        return key != null && (key.startsWith("flash.error.") || key.startsWith("problem."));
    }

    /** The message in the reader's language. */
    public String getText() {
        return key == null ? "" : Messages.get(viewer.locale(), key);
    }

    void show(String messageKey) {
        key = messageKey;
    }
}
