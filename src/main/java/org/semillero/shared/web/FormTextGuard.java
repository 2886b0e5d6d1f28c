package org.semillero.shared.web;

import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every text field of every form post is checked before any page action reads it: a control
 * character (NUL and the like) or bytes that were not UTF-8 (which arrive as C1 controls or
 * U+FFFD), or more text than any field takes, make the request a 400 naming the field, whatever
 * the action does with it, so no action can store text that was lost on the way
 * (PageBadInputSweepTest).
 */
public class FormTextGuard {

    /** Longer than the longest field of any form (an event's description, 10,000 characters). */
    static final int MAX_FIELD_LENGTH = 16_000;

    @ServerRequestFilter(readBody = true)
    public void check(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        FormData form = context.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            if (!Validation.storable(name)) {
                throw DomainException.invalid(List.of(FieldError.of("form", "validation.characters")));
            }
            if (form.get(name).stream().anyMatch(FormValue::isFileItem)) {
                continue;
            }
            // Decoded as the action will read it (the form keeps url-encoded fields encoded).
            Object decoded = context.getFormParameter(name, false, false);
            Collection<?> values = decoded instanceof Collection<?> many ? many : List.of(String.valueOf(decoded));
            for (Object value : values) {
                if (value instanceof String text && !Validation.storable(text)) {
                    throw DomainException.invalid(List.of(FieldError.of(name, "validation.characters")));
                }
                if (value instanceof String text && text.length() > MAX_FIELD_LENGTH) {
                    throw DomainException.invalid(List.of(new FieldError(name, "validation.size.max",
                            Map.of("max", MAX_FIELD_LENGTH))));
                }
            }
        }
    }
}
