package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Messages whose key is only known at run time (an error's message key, a flash, a phase's
 * name), looked up in the type-safe bundles ({@link AppMessages} and the others in {@link #BUNDLES}). A key may be written with dots
 * and hyphens ({@code problem.idea.not-found}); it names the method {@code problem_idea_not_found}.
 * A key the bundle lacks renders as the key itself, and a test checks every key the code builds.
 */
public final class Messages {

    /** The bundles, each kept under 300 messages: larger ones are generated into code that does not load. */
    public static final List<Class<?>> BUNDLES = List.of(AppMessages.class, EventMessages.class, IdeaMessages.class,
            TeamMessages.class, ProjectMessages.class, AuditMessages.class, ProblemMessages.class, FlashMessages.class,
            NotificationMessages.class, LearningMessages.class, PortfolioMessages.class,
            ServiceMessages.class);

    private static final Map<String, Method> METHODS = BUNDLES.stream().flatMap(bundle -> Arrays.stream(bundle.getMethods()))
            .collect(Collectors.toMap(Method::getName, Function.identity()));

    /** Counts, scores and limits read in the reader's language (1.200, 4,6); ids and years stay as they are. */
    private static final Set<String> VERBATIM = Set.of("id", "year", "value");

    private Messages() {
    }

    /** The bundle's name for a key: {@code flash.idea.saved} is {@code flash_idea_saved}. */
    public static String key(String key) {
        return key.replace('.', '_').replace('-', '_');
    }

    public static String get(Locale locale, String key) {
        return get(locale, key, Map.of());
    }

    public static String get(Locale locale, String key, Map<String, ?> params) {
        Method method = METHODS.get(key(key));
        if (method == null) {
            return key;
        }
        Locale language = locale == null || !Locales.SUPPORTED.contains(locale.getLanguage()) ? Locales.DEFAULT : locale;
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Object value = params.get(parameters[i].getName());
            if (value instanceof Number number && !VERBATIM.contains(parameters[i].getName())) {
                args[i] = Numbers.format(number, language);
            } else {
                args[i] = value == null ? "" : String.valueOf(value);
            }
        }
        try {
            return (String) method.invoke(MessageBundles.get(method.getDeclaringClass(),
                    Localized.Literal.of(language.getLanguage())), args);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Message " + key + " cannot be rendered", e);
        }
    }

    public static boolean has(String key) {
        return METHODS.containsKey(key(key));
    }
}
