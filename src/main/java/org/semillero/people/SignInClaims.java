package org.semillero.people;

/** What the identity provider tells us about the person signing in. */
public record SignInClaims(String subject, String username, String displayName, String email, String department) {
}
