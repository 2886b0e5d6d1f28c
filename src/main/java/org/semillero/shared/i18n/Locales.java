package org.semillero.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Semillero speaks, and how a request's language is chosen among them. */
public final class Locales {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<String> SUPPORTED = List.of("en", "es");
    /** Cookie that remembers the switcher's choice for people who are not signed in. */
    public static final String COOKIE = "semillero-lang";

    private Locales() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The first supported language of an {@code Accept-Language} header, if any. */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (isSupported(language) && range.getWeight() > 0) {
                    return Optional.of(language);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Profile choice first, then the switcher's cookie, then the browser, then English. */
    public static Locale choose(String profileLanguage, String cookieLanguage, String acceptLanguage) {
        if (isSupported(profileLanguage)) {
            return Locale.forLanguageTag(profileLanguage);
        }
        if (isSupported(cookieLanguage)) {
            return Locale.forLanguageTag(cookieLanguage);
        }
        return fromAcceptLanguage(acceptLanguage).map(Locale::forLanguageTag).orElse(DEFAULT);
    }
}
