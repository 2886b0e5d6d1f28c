package org.semillero.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.i18n.Messages;

/** Field errors of a submitted form, translated, for the field tag and the error summary. */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of(), Map.of());

    private final Map<String, String> messages;
    private final Map<String, String> summary;

    private FormErrors(Map<String, String> messages, Map<String, String> summary) {
        this.messages = messages;
        this.summary = summary;
    }

    /**
     * @param labelPrefix where the form's field labels are in the bundles ({@code event.field.}),
     *                    so the summary at the top can say which field each message is about
     */
    public static FormErrors of(List<FieldError> errors, Locale locale, String labelPrefix) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            messages.merge(error.field(), Messages.get(locale, error.messageKey(), error.params()),
                    (first, second) -> first + " " + second);
        }
        Map<String, String> summary = new LinkedHashMap<>();
        // A field named after an item (points.42, scores.7) takes the label of its kind ("Points").
        messages.forEach((field, message) -> summary.put(field,
                Messages.get(locale, labelPrefix + field.replaceFirst("\\.\\d+$", "")) + ": " + message));
        return new FormErrors(messages, summary);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** For fields named after an item, e.g. {@code points.42}. */
    public boolean hasEntry(String prefix, Object key) {
        return messages.containsKey(prefix + key);
    }

    /** The message of a field named after an item, e.g. {@code points.42}. */
    public String ofEntry(String prefix, Object key) {
        return messages.getOrDefault(prefix + key, "");
    }

    public String of(String field) {
        return messages.getOrDefault(field, "");
    }

    /** "Label: message" per field, for the summary that links to each field. */
    public Map<String, String> getSummary() {
        return summary;
    }
}
