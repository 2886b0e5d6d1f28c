package org.semillero.shared.web;

/** Keeps "come back here" parameters on this site (no open redirects). */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    public static String localPath(String candidate) {
        if (candidate == null || candidate.isBlank() || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return candidate;
    }
}
