package org.semillero.backlog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.backlog.ProjectInputs.ProjectInput;
import org.semillero.people.PersonService;
import org.semillero.shared.i18n.Numbers;
import org.semillero.shared.web.FieldError;

/**
 * The project edit form as typed, so that a refused form comes back with every value kept.
 * Sponsor and owner are people chosen in the form (ids); {@code sponsorQuery} and
 * {@code ownerQuery} find them by name.
 */
public class ProjectForm {

    @RestForm public String title = "";
    @RestForm public String problem = "";
    @RestForm public String expectedOutcome = "";
    @RestForm public String sponsorId = "";
    @RestForm public String sponsorQuery = "";
    @RestForm public String ownerId = "";
    @RestForm public String ownerQuery = "";
    @RestForm public String departments = "";
    @RestForm public String effort = "";
    @RestForm public String budget = "";
    /** The page's language, in which numbers were typed (not a form field). */
    private java.util.Locale locale = java.util.Locale.ENGLISH;
    @RestForm public String tags = "";
    @RestForm public String version = "";

    /** The project as the form shows it, numbers in {@code language}. */
    public static ProjectForm of(Project project, java.util.Locale language) {
        ProjectForm form = new ProjectForm();
        form.title = project.title;
        form.problem = project.problem;
        form.expectedOutcome = project.expectedOutcome;
        form.sponsorId = project.sponsorId == null ? "" : project.sponsorId.toString();
        form.ownerId = project.ownerId == null ? "" : project.ownerId.toString();
        form.departments = project.departments;
        form.effort = project.effort;
        form.budget = project.budget == null ? "" : Numbers.format(project.budget, language);
        form.locale = language;
        form.tags = project.tags;
        form.version = String.valueOf(project.version);
        return form;
    }

    /** What could not be read as typed (numbers); the rest is checked by the service. */
    /** Reads the numbers as typed in this language (Spanish "1.200" is twelve hundred). */
    public ProjectForm in(java.util.Locale language) {
        this.locale = language;
        return this;
    }

    public List<FieldError> parseErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (budgetValue() == null && !blank(budget)) {
            errors.add(FieldError.of("budget", "validation.decimal"));
        }
        if (versionValue() == null && !blank(version)) {
            errors.add(FieldError.of("version", "validation.number"));
        }
        try {
            PersonService.idOf("sponsorId", sponsorId);
        } catch (RuntimeException e) {
            errors.add(FieldError.of("sponsorId", "person.unknown"));
        }
        try {
            PersonService.idOf("ownerId", ownerId);
        } catch (RuntimeException e) {
            errors.add(FieldError.of("ownerId", "person.unknown"));
        }
        return errors;
    }

    /** The input as far as it could be read; check {@link #parseErrors()} first. */
    public ProjectInput toInput() {
        return new ProjectInput(title, problem, expectedOutcome, id(sponsorId), id(ownerId), departments, effort,
                budgetValue(), tags, versionValue());
    }

    private BigDecimal budgetValue() {
        if (blank(budget)) {
            return null;
        }
        try {
            return Numbers.parse(budget, locale);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Integer versionValue() {
        try {
            return blank(version) ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long id(String value) {
        try {
            return PersonService.idOf("person", value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
