package org.semillero.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every visible string, in English ({@code messages/msg.properties}) and Spanish
 * ({@code messages/msg_es.properties}). Placeholders are named: {@code {max}}.
 * A key missing from the bundles renders as the key itself, and a test keeps both
 * bundles complete.
 */
public final class Messages {

    private static final Map<String, Properties> BUNDLES = Map.of(
            "en", load("messages/msg.properties"),
            "es", load("messages/msg_es.properties"));

    private Messages() {
    }

    private static final Set<String> VERBATIM = Set.of("id", "year", "value");

    public static String get(Locale locale, String key) {
        return get(locale, key, Map.of());
    }

    public static String get(Locale locale, String key, Map<String, ?> params) {
        String text = bundle(locale).getProperty(key);
        if (text == null) {
            text = BUNDLES.get(Locales.DEFAULT.getLanguage()).getProperty(key, key);
        }
        for (Map.Entry<String, ?> param : params.entrySet()) {
            Object value = param.getValue();
            // Counts, scores and limits read in the reader's language (1.200, 4,6); ids and years stay as they are.
            String shown = value instanceof Number number && !VERBATIM.contains(param.getKey())
                    ? Numbers.format(number, locale == null ? Locales.DEFAULT : locale) : String.valueOf(value);
            text = text.replace("{" + param.getKey() + "}", shown);
        }
        return text;
    }

    public static boolean has(String key) {
        return BUNDLES.get(Locales.DEFAULT.getLanguage()).containsKey(key);
    }

    public static Set<String> keys(String language) {
        Set<String> keys = new TreeSet<>();
        BUNDLES.get(language).stringPropertyNames().forEach(keys::add);
        return Collections.unmodifiableSet(keys);
    }

    private static Properties bundle(Locale locale) {
        Properties bundle = locale == null ? null : BUNDLES.get(locale.getLanguage());
        return bundle != null ? bundle : BUNDLES.get(Locales.DEFAULT.getLanguage());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
