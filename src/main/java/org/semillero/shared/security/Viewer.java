package org.semillero.shared.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;
import org.semillero.shared.i18n.Locales;

/**
 * Who is asking, in this request: their profile id, roles and language. Filled by
 * the people feature's sign-in filter; templates read it as {@code inject:viewer}.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private Long personId;
    private String displayName;
    private Set<String> roles = Set.of();
    private Locale locale = Locales.DEFAULT;
    private boolean signedInOnly;

    /** Called once per request by the sign-in filter. */
    public void signedIn(long personId, String displayName, Set<String> roles) {
        this.personId = personId;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
    }

    /** Called once per request by the sign-in filter. */
    public void locale(Locale locale) {
        this.locale = locale;
    }

    /**
     * For an error page of a request no page matched: who signed in and their roles, without the
     * profile (so without an id: actions still fail closed).
     */
    public void signedInWithoutProfile(String name, Set<String> roles) {
        this.displayName = name;
        this.roles = Set.copyOf(roles);
        this.signedInOnly = true;
    }

    public boolean isSignedIn() {
        return personId != null || signedInOnly;
    }

    /** The signed-in person's id; fails closed for anonymous requests. */
    public long id() {
        if (personId == null) {
            // Signed in without a profile (a feeder's service account): known, but not a person here.
            throw signedInOnly ? new io.quarkus.security.ForbiddenException() : new UnauthorizedException();
        }
        return personId;
    }

    /** The profile id for templates; -1 when nobody is signed in. */
    public long getPersonId() {
        return personId == null ? -1 : personId;
    }

    public String getName() {
        return displayName == null ? "" : displayName;
    }

    /** The signed-in person as services see them; fails closed for anonymous requests. */
    public Actor actor() {
        return new Actor(id(), roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean isOrganizer() {
        return roles.contains(Roles.ORGANIZER);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public Locale locale() {
        return locale;
    }

    public String getLang() {
        return locale.getLanguage();
    }
}
