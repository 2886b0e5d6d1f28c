package org.semillero.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every API error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:semillero:problem:";

    /** One rejected field, as in RFC 9457's "invalid-params" example. */
    public record InvalidParam(String field, String message) {
    }

    public static String typeOf(String code) {
        return TYPE_PREFIX + code;
    }
}
