package org.semillero.people;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.semillero.shared.audit.ActivityLog;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Validation;

@ApplicationScoped
public class PersonService {

    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;

    PersonService(Validation validation, InstitutionClock clock, ActivityLog activity) {
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
    }

    /**
     * Finds or creates the profile for a signed-in identity and refreshes what the identity
     * provider owns (name, e-mail, and the department when the provider sends one).
     * Safe when several first requests of the same person arrive at once.
     */
    @Transactional
    public Person signIn(SignInClaims claims) {
        Person person = Person.findBySubject(claims.subject()).orElse(null);
        if (person == null) {
            Panache.getEntityManager().createNativeQuery("""
                    insert into person (subject, username, display_name, email, department, department_from_idp, updated_at)
                    values (:subject, :username, :name, :email, :department, :fromIdp, now())
                    on conflict (subject) do nothing""")
                    .setParameter("subject", claims.subject())
                    .setParameter("username", claims.username())
                    .setParameter("name", claims.displayName())
                    .setParameter("email", claims.email())
                    .setParameter("department", claims.department())
                    .setParameter("fromIdp", claims.department() != null)
                    .executeUpdate();
            return Person.findBySubject(claims.subject()).orElseThrow();
        }
        boolean changed = !Objects.equals(person.displayName, claims.displayName())
                || !Objects.equals(person.email, claims.email())
                || !Objects.equals(person.username, claims.username())
                || (claims.department() != null && !claims.department().equals(person.department))
                || person.departmentFromIdp != (claims.department() != null);
        if (changed) {
            person.displayName = claims.displayName();
            person.email = claims.email();
            person.username = claims.username();
            if (claims.department() != null) {
                person.department = claims.department();
            }
            person.departmentFromIdp = claims.department() != null;
            person.updatedAt = clock.now();
        }
        return person;
    }

    public Person get(long personId) {
        return Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> DomainException.notFound("person-not-found"));
    }

    /** Display names by profile id, for timelines and lists (a mutable map; unknown ids are absent). */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Person.<Person>list("id in ?1", Set.copyOf(ids)).forEach(person -> names.put(person.id, person.displayName));
        return names;
    }

    @Transactional
    public Person updateProfile(long personId, ProfileInput input) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        Person person = get(personId);
        String department = blankToNull(input.department());
        if (person.departmentFromIdp && !Objects.equals(department, person.department)) {
            errors.add(FieldError.of("department", "profile.department.managed"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (!person.departmentFromIdp) {
            person.department = department;
        }
        person.preferredLanguage = blankToNull(input.preferredLanguage());
        person.skills.clear();
        person.skills.addAll(normaliseSkills(input.skills()));
        person.updatedAt = clock.now();
        activity.record(person.id, "PROFILE_UPDATED", person.displayName, "/profile");
        return person;
    }

    /** The language switcher: remembered on the profile so it follows the person. */
    @Transactional
    public void setLanguage(long personId, String language) {
        if (!Locales.isSupported(language)) {
            throw DomainException.invalid(List.of(FieldError.of("lang", "profile.language.unsupported")));
        }
        Person person = get(personId);
        person.preferredLanguage = language;
        person.updatedAt = clock.now();
    }

    /** Skills are compared case-insensitively later (team matching), so store them folded. */
    static TreeSet<String> normaliseSkills(List<String> skills) {
        TreeSet<String> normalised = new TreeSet<>();
        if (skills != null) {
            for (String skill : skills) {
                String folded = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (!folded.isEmpty()) {
                    normalised.add(folded);
                }
            }
        }
        return normalised;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
