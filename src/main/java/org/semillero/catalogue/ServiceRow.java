package org.semillero.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.semillero.shared.web.FieldError;

/**
 * One service as a CSV row or a form gives it, checked field by field. {@link #errors} is empty
 * when the row can be stored.
 */
record ServiceRow(String code, String name, String description, String department, Set<Channel> channels,
                  String link, boolean active, List<FieldError> errors) {

    static final List<String> REQUIRED = List.of("code", "name", "department", "channels");
    static final List<String> COLUMNS = List.of("code", "name", "department", "channels", "description", "link",
            "active");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    static ServiceRow read(Map<String, String> cells) {
        List<FieldError> errors = new ArrayList<>();
        String code = text(cells, "code");
        if (code.isEmpty()) {
            errors.add(FieldError.of("code", "validation.required"));
        } else if (code.length() > 40) {
            errors.add(new FieldError("code", "validation.size-max", Map.of("max", 40)));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "validation.service-code"));
        }
        String name = required(cells, "name", 200, errors);
        String department = required(cells, "department", 120, errors);
        String description = text(cells, "description");
        if (description.length() > 2000) {
            errors.add(new FieldError("description", "validation.size-max", Map.of("max", 2000)));
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        String channelText = text(cells, "channels");
        if (channelText.isEmpty()) {
            errors.add(FieldError.of("channels", "validation.required"));
        }
        for (String part : channelText.split("[;|]")) {
            if (!part.isBlank()) {
                Channel.parse(part).ifPresentOrElse(channels::add,
                        () -> errors.add(FieldError.of("channels", "validation.service-channel")));
            }
        }
        String link = text(cells, "link");
        if (!link.isEmpty() && (link.length() > 500 || !LINK.matcher(link).matches())) {
            errors.add(FieldError.of("link", "validation.service-link"));
        }
        Boolean active = active(text(cells, "active"));
        if (active == null) {
            errors.add(FieldError.of("active", "validation.boolean"));
        }
        return new ServiceRow(code, name, description, department, channels, link.isEmpty() ? null : link,
                active == null || active, List.copyOf(errors));
    }

    /** A form's or a JSON body's fields as the cells of a CSV row (channels joined with ';'). */
    static Map<String, String> cells(String code, String name, String description, String department,
                                     List<String> channels, String link, Boolean active) {
        Map<String, String> cells = new HashMap<>();
        cells.put("code", code);
        cells.put("name", name);
        cells.put("description", description);
        cells.put("department", department);
        cells.put("channels", channels == null ? "" : String.join(";", channels));
        cells.put("link", link);
        cells.put("active", active == null ? "" : active.toString());
        return cells;
    }

    /** What differs from the stored service, by column name (empty when nothing does). */
    List<String> changesFrom(PublicService stored) {
        List<String> changed = new ArrayList<>();
        if (!stored.name().equals(name)) {
            changed.add("name");
        }
        if (!stored.department().equals(department)) {
            changed.add("department");
        }
        if (!stored.description().equals(description)) {
            changed.add("description");
        }
        if (!Set.copyOf(stored.channels()).equals(channels)) {
            changed.add("channels");
        }
        if (!Objects.equals(stored.link(), link)) {
            changed.add("link");
        }
        if (stored.active() != active) {
            changed.add("active");
        }
        return changed;
    }

    private static String required(Map<String, String> cells, String column, int max, List<FieldError> errors) {
        String value = text(cells, column);
        if (value.isEmpty()) {
            errors.add(FieldError.of(column, "validation.required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(column, "validation.size-max", Map.of("max", max)));
        }
        return value;
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    private static Boolean active(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "si", "sí", "1", "active", "activo" -> Boolean.TRUE;
            case "false", "no", "0", "retired", "retirado" -> Boolean.FALSE;
            default -> null;
        };
    }
}
