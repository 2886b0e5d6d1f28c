package org.semillero.shared.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.time.InstitutionClock;

/**
 * Locale-aware formatting in the request's language and the institution's time zone, and the
 * keys of messages chosen at run time. Fixed texts come from the message bundles: {@code {eventMsg:event_title}}.
 */
@TemplateExtension(namespace = "i18n")
public final class I18nExtensions {

    /** Formatters are immutable and their construction is not free: one per language. */
    private static final java.util.concurrent.ConcurrentMap<Locale, DateTimeFormatter> DATE_TIMES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentMap<Locale, DateTimeFormatter> DATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private I18nExtensions() {
    }

    /** The key of a value's name, e.g. {@code {eventMsg:message(i18n:keyFor('phase.', event.phase))}}. */
    static String keyFor(String prefix, Object value) {
        return Messages.key(prefix + value);
    }

    /** A number as it is, for ids shown in a message: entry 1204, never 1.204. */
    static String verbatim(Object value) {
        return String.valueOf(value);
    }

    /** A number in the reader's language: {@code {i18n:num(row.finalScore)}} gives 83,3333 in Spanish. */
    static String num(Number value, @TemplateAttribute("locale") Object locale) {
        return Numbers.format(value, asLocale(locale));
    }

    static String lang(@TemplateAttribute("locale") Object locale) {
        return asLocale(locale).getLanguage();
    }

    /** A date and time in the institution's zone, in the reader's language. */
    static String datetime(Instant time, @TemplateAttribute("locale") Object locale,
                           @TemplateAttribute("zone") Object zone) {
        return time == null ? "" : DATE_TIMES.computeIfAbsent(asLocale(locale), l -> DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l)).format(time.atZone(asZone(zone)));
    }

    private static final Map<String, String> AUDIT_VALUES = Map.of("phase", "phase.", "stage", "project.stage.",
            "state", "idea.state.", "award", "results.award.");

    /** The name of a field an audit entry changed, in the reader's language (the code if it has none). */
    static String auditField(String field, @TemplateAttribute("locale") Object locale) {
        String key = "audit.change." + field;
        return Messages.has(key) ? Messages.get(asLocale(locale), key) : field;
    }

    /**
     * A value an audit entry recorded, in the reader's language: a phase, stage, state, status,
     * award or yes/no by its name; anything else (names, reasons, numbers) as recorded.
     */
    static String auditValue(String field, String value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        for (String key : new String[] {AUDIT_VALUES.getOrDefault(field, "-") + value, "audit.value." + value}) {
            if (Messages.has(key)) {
                return Messages.get(asLocale(locale), key);
            }
        }
        return value;
    }

    /** A calendar date in the reader's language: 15 feb 2027, Feb 15, 2027. */
    static String date(java.time.LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DATES.computeIfAbsent(asLocale(locale),
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l)).format(date);
    }

    /** A month in the reader's language: oct 2026, Oct 2026. */
    static String month(java.time.LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", asLocale(locale)).format(date);
    }

    /** A value for a URL query parameter. */
    static String url(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Machine-readable form for {@code <time datetime>}. */
    static String iso(Instant time) {
        return time == null ? "" : DateTimeFormatter.ISO_INSTANT.format(time);
    }

    private static ZoneId asZone(Object zone) {
        if (zone instanceof ZoneId z) {
            return z;
        }
        return Arc.container().instance(InstitutionClock.class).get().zone();
    }

    /** An explicit {@code locale} attribute wins; otherwise the language chosen for this request. */
    private static Locale asLocale(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(Viewer.class).get().locale();
        }
        return Locales.DEFAULT;
    }
}
