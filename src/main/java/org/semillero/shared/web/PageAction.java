package org.semillero.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a page runs a change (post/redirect/get): success redirects with a flash
 * message; invalid input shows the page again with 400 and the messages next to the fields;
 * a refusal by the rules (409) redirects back with its message; anything else (403, 404)
 * goes to the error pages.
 *
 * <pre>
 * return PageAction.run(() -> teams.update(actor, id, form.toInput()))
 *         .redirect("/teams/" + id, "flash.team.saved")
 *         .orShow(errors -> Templates.edit(team, form, errors))
 *         .conflictsTo("/teams/" + id);
 * </pre>
 */
public final class PageAction {

    private final Supplier<?> action;
    private Function<Object, String> successPath;
    private String successKey;
    private Function<List<FieldError>, TemplateInstance> invalid;
    private java.util.Set<String> shownConflicts = java.util.Set.of();

    private PageAction(Supplier<?> action) {
        this.action = action;
    }

    public static PageAction run(Runnable action) {
        return new PageAction(() -> {
            action.run();
            return null;
        });
    }

    /** An action whose result decides where success goes (e.g. the created object's page). */
    public static <T> PageAction of(Supplier<T> action) {
        return new PageAction(action);
    }

    public PageAction redirect(String path, String flashKey) {
        this.successPath = ignored -> path;
        this.successKey = flashKey;
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> PageAction redirect(Function<T, String> path, String flashKey) {
        this.successPath = result -> path.apply((T) result);
        this.successKey = flashKey;
        return this;
    }

    /**
     * The page to show again when the input is refused; the function receives the field
     * errors already translated for {@code locale} with labels under {@code labelPrefix}.
     */
    public PageAction orShow(java.util.Locale locale, String labelPrefix,
                             Function<FormErrors, TemplateInstance> page) {
        this.invalid = errors -> page.apply(FormErrors.of(errors, locale, labelPrefix));
        return this;
    }

    /** These refusals (409) show the page again with their details instead of redirecting. */
    public PageAction showing(String... conflictCodes) {
        this.shownConflicts = java.util.Set.of(conflictCodes);
        return this;
    }

    /** Runs the action; a rule's refusal (409) goes back to {@code path} with its message. */
    public Response conflictsTo(String path) {
        try {
            Object result = action.get();
            return Flash.redirect(successPath.apply(result), successKey);
        } catch (DomainException e) {
            boolean shown = e.kind() == DomainException.Kind.INVALID
                    || e.kind() == DomainException.Kind.CONFLICT && shownConflicts.contains(e.code());
            if (shown && invalid != null) {
                return Response.status(e.kind().status).type(MediaType.TEXT_HTML_TYPE)
                        .entity(invalid.apply(e.fieldErrors())).build();
            }
            if (e.kind() == DomainException.Kind.CONFLICT && path != null) {
                return Flash.redirect(path, e.messageKey());
            }
            throw e;
        }
    }

    /** Runs the action; every refusal but invalid input goes to the error pages. */
    public Response orFail() {
        return conflictsTo(null);
    }
}
