package org.semillero.people;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.security.Principal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.security.FeedersAllowed;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;

/**
 * Runs before every resource method (on the worker thread, as the methods do): makes sure the
 * signed-in person has a profile, and picks the language for the response.
 */
public class SignInFilter {

    private final SecurityIdentity identity;
    private final PersonService people;
    private final Viewer viewer;
    private final String departmentClaim;

    SignInFilter(SecurityIdentity identity, PersonService people, Viewer viewer,
                 @ConfigProperty(name = "semillero.identity.department-claim") String departmentClaim) {
        this.identity = identity;
        this.people = people;
        this.viewer = viewer;
        this.departmentClaim = departmentClaim;
    }

    @ServerRequestFilter
    public void identify(ContainerRequestContext request, ResourceInfo resource) {
        String profileLanguage = null;
        if (!identity.isAnonymous() && Roles.serviceAccount(identity.getRoles())) {
            // A feeder's service account is not a person: no profile, and only the signal operations.
            Method method = resource.getResourceMethod();
            if (method == null || !method.isAnnotationPresent(FeedersAllowed.class)) {
                throw new ForbiddenException();
            }
            viewer.signedInWithoutProfile(identity.getPrincipal().getName(), identity.getRoles());
        } else if (!identity.isAnonymous()) {
            SignInClaims claims = claimsOf(identity.getPrincipal());
            Person person = people.signIn(new SignInClaims(claims.subject(), claims.username(), claims.displayName(),
                    claims.email(), claims.department(), identity.getRoles()));
            viewer.signedIn(person.id, person.displayName, identity.getRoles());
            profileLanguage = person.preferredLanguage;
        }
        Cookie cookie = request.getCookies().get(Locales.COOKIE);
        viewer.locale(Locales.choose(profileLanguage, cookie == null ? null : cookie.getValue(),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private SignInClaims claimsOf(Principal principal) {
        if (principal instanceof JsonWebToken token) {
            String subject = firstNonBlank(token.getSubject(), token.getName());
            String username = firstNonBlank(token.getClaim("preferred_username"), token.getName());
            String name = firstNonBlank(token.getClaim("name"), username, subject);
            return new SignInClaims(subject, username, truncate(name, 200), token.getClaim("email"),
                    truncate(firstNonBlank(claimAsString(token, departmentClaim)), 120));
        }
        return new SignInClaims(principal.getName(), principal.getName(), truncate(principal.getName(), 200), null, null);
    }

    private static String claimAsString(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
