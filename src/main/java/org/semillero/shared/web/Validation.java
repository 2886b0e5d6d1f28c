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
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageKey));
        return errors;
    }
}
