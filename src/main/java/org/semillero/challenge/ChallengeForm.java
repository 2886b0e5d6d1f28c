package org.semillero.challenge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.shared.i18n.Numbers;
import org.semillero.shared.web.FieldError;

/** The challenge form as typed, so a rejected form is shown back unchanged. */
public class ChallengeForm {

    @RestForm public String title = "";
    @RestForm public String service = "";
    @RestForm public String problem = "";
    @RestForm public String affected = "";
    @RestForm public String evidence = "";
    @RestForm public String evidenceValue = "";
    @RestForm public String evidenceUnit = "";
    @RestForm public String department = "";

    public record Parsed(ChallengeInputs.ChallengeInput input, List<FieldError> errors) {
    }

    /** Reads the form; numbers as typed in {@code locale} (Spanish "1.200" is twelve hundred). */
    public Parsed parse(java.util.Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        Affected who = null;
        if (affected != null && !affected.isBlank()) {
            try {
                who = Affected.valueOf(affected.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("affected", "challenge.affected.unknown"));
            }
        }
        BigDecimal value = null;
        if (evidenceValue != null && !evidenceValue.isBlank()) {
            try {
                value = Numbers.parse(evidenceValue, locale);
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("evidenceValue", "validation.decimal"));
            }
        }
        return new Parsed(new ChallengeInputs.ChallengeInput(title, service, problem, who, evidence, value,
                evidenceUnit == null || evidenceUnit.isBlank() ? null : evidenceUnit, department), errors);
    }
}
