package org.semillero.shared.web;

import java.util.List;

/**
 * A rule said no. Services throw it; the API answers it as problem+json and the pages as a
 * translated message. {@code code} is stable and becomes the problem {@code type}.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String code;
    private final String messageKey;
    private final List<FieldError> fieldErrors;

    public DomainException(Kind kind, String code, String messageKey) {
        this(kind, code, messageKey, List.of());
    }

    protected DomainException(Kind kind, String code, String messageKey, List<FieldError> fieldErrors) {
        super(code, null, false, false);
        this.kind = kind;
        this.code = code;
        this.messageKey = messageKey;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException notFound(String code) {
        return new DomainException(Kind.NOT_FOUND, code, "problem." + code);
    }

    public static DomainException forbidden(String code) {
        return new DomainException(Kind.FORBIDDEN, code, "problem." + code);
    }

    public static DomainException conflict(String code) {
        return new DomainException(Kind.CONFLICT, code, "problem." + code);
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Kind.INVALID, "invalid-input", "problem.invalid-input", errors);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
