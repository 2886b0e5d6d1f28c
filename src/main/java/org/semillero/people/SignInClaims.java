package org.semillero.people;

import java.util.Set;

/**
 * What the identity provider tells us about the person signing in. {@code roles} is null
 * when unknown (e.g. a profile created by a test fixture).
 */
public record SignInClaims(String subject, String username, String displayName, String email, String department,
                           Set<String> roles) {

    public SignInClaims(String subject, String username, String displayName, String email, String department) {
        this(subject, username, displayName, email, department, null);
    }
}
