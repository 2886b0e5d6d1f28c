package org.semillero.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs Bean Validation on an input record and turns the violations into {@link FieldError}s.
 * Constraint messages in this code base are message-bundle keys (e.g. {@code validation.required}).
 */
@ApplicationScoped
public class Validation {

    private static final Set<String> MESSAGE_PARAMS = Set.of("min", "max", "value", "regexp");

    private final Validator validator;

    Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> List<FieldError> check(T input) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            Map<String, Object> params = new HashMap<>();
            violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (MESSAGE_PARAMS.contains(name)) {
                    params.put(name, value);
                }
            });
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessageTemplate(), params));
        }
        errors.addAll(unstorableText(input));
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageKey));
        return errors;
    }

    /**
     * Whether text can be stored as it was meant: no control character but tab and line breaks
     * (NUL, which PostgreSQL refuses, and the C1 controls that bytes which were not UTF-8 decode
     * to), no lone surrogate and no U+FFFD (the replacement for undecodable bytes): the sender's
     * text was lost before it arrived.
     */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A 400 naming {@code field} when its text cannot be stored as meant ({@link #storable}). */
    public static void requireStorable(String field, String text) {
        if (text != null && !storable(text)) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.characters")));
        }
    }

    /**
     * Text the database cannot store (a NUL character), in any text field of an input record or
     * any text of a list field: refused here, with the field named, rather than at commit.
     */
    static List<FieldError> unstorableText(Object input) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null || !input.getClass().isRecord()) {
            return errors;
        }
        for (java.lang.reflect.RecordComponent component : input.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(input);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            boolean bad = value instanceof String text && !storable(text)
                    || value instanceof java.util.Collection<?> items
                    && items.stream().anyMatch(item -> item instanceof String text && !storable(text));
            if (bad) {
                errors.add(FieldError.of(component.getName(), "validation.characters"));
            }
        }
        return errors;
    }
}
