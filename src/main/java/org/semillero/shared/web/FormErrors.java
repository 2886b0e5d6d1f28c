package org.semillero.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.i18n.Messages;

/** Field errors of a submitted form, translated, for the field tag and the error summary. */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> messages;

    private FormErrors(Map<String, String> messages) {
        this.messages = messages;
    }

    public static FormErrors of(List<FieldError> errors, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            messages.merge(error.field(), Messages.get(locale, error.messageKey(), error.params()),
                    (first, second) -> first + " " + second);
        }
        return new FormErrors(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String of(String field) {
        return messages.getOrDefault(field, "");
    }

    public Map<String, String> getAll() {
        return messages;
    }
}
