package org.semillero.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.web.FieldError;

/**
 * What an import did, or would do on a dry run: per line, the service and what changes; and per
 * line, what is wrong. An import with any error writes nothing.
 *
 * @param applied true when the rows were written (not a dry run, and no errors)
 */
public record ImportReport(boolean dryRun, boolean applied, int created, int updated, int unchanged,
                           List<LineChange> changes, List<LineError> errors) {

    /** The same report with each error's message in {@code locale}. */
    public ImportReport in(Locale locale) {
        return new ImportReport(dryRun, applied, created, updated, unchanged, changes, errors.stream()
                .map(e -> new LineError(e.line(), e.field(), e.messageKey(), e.params(),
                        Messages.get(locale, e.messageKey(), e.params()))).toList());
    }

    /** A row that is fine: CREATED, UPDATED (with the columns that change) or UNCHANGED. */
    public record LineChange(int line, String key, String action, List<String> fields) {
    }

    /** A row (or, at line 0, the file) that cannot be imported, and why; {@code message} in the reader's language. */
    public record LineError(int line, String field, String messageKey, Map<String, Object> params, String message) {

        LineError(int line, String field, String messageKey, Map<String, Object> params) {
            this(line, field, messageKey, params, null);
        }

        static LineError of(int line, FieldError error) {
            return new LineError(line, error.field(), error.messageKey(), error.params());
        }

        /** As an API field error: {@code lines/4/channels}. */
        FieldError asFieldError() {
            return new FieldError(line == 0 ? "file" : "lines/" + line + (field == null ? "" : "/" + field), messageKey,
                    params);
        }
    }
}
