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
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.shared.activity.ActivityLog;
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

    private final AuditLog audit;

    PersonService(Validation validation, InstitutionClock clock, ActivityLog activity, AuditLog audit) {
        this.audit = audit;
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
                    insert into person (subject, username, display_name, email, department, department_from_idp, roles,
                        updated_at)
                    values (:subject, :username, :name, :email, :department, :fromIdp, :roles, now())
                    on conflict (subject) do nothing""")
                    .setParameter("roles", rolesOf(claims))
                    .setParameter("subject", claims.subject())
                    .setParameter("username", claims.username())
                    .setParameter("name", claims.displayName())
                    .setParameter("email", claims.email())
                    .setParameter("department", claims.department())
                    .setParameter("fromIdp", claims.department() != null)
                    .executeUpdate();
            return Person.findBySubject(claims.subject()).orElseThrow();
        }
        String roles = rolesOf(claims);
        if (roles != null && !roles.equals(person.roles)) {
            if (person.roles != null) {
                audit.record(null, AuditAction.PERSON_ROLES_CHANGED, subject(person), Map.of("roles", person.roles),
                        Map.of("roles", roles), null);
            }
            person.roles = roles;
        }
        if (claims.department() != null && person.department != null && !claims.department().equals(person.department)) {
            audit.record(null, AuditAction.PERSON_DEPARTMENT_CHANGED, subject(person),
                    Map.of("department", person.department), Map.of("department", claims.department()), null);
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
    public Person updateProfile(long personId, PersonInputs.ProfileInput input) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        Person person = get(personId);
        String department = blankToNull(input.department());
        if (person.departmentFromIdp && !Objects.equals(department, person.department)) {
            errors.add(FieldError.of("department", "profile.department.managed"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (!person.departmentFromIdp && !Objects.equals(person.department, department)) {
            audit.record(person.id, AuditAction.PERSON_DEPARTMENT_CHANGED, subject(person),
                    person.department == null ? null : Map.of("department", person.department),
                    department == null ? null : Map.of("department", department), null);
            person.department = department;
        }
        person.preferredLanguage = blankToNull(input.preferredLanguage());
        person.skills.clear();
        person.skills.addAll(normaliseSkills(input.skills()));
        person.updatedAt = clock.now();
        activity.record(person.id, "PROFILE_UPDATED", person.displayName, "/profile");
        return person;
    }

    /** Someone to choose from a list: name and department, never a user name or an e-mail. */
    public record Choice(long id, String name, String department) {
    }

    /**
     * What a page's people picker shows: the search it was asked (null before any), the
     * matches, where the search goes (GET) and where the choice is posted.
     */
    public record Picker(String who, List<Choice> found, String searchAction, String action) {
    }

    /** The people with these ids who may be chosen, by name (unknown and removed ids are left out). */
    public List<Choice> choices(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Person.<Person>list("id in ?1 and removedAt is null order by displayName, id", Set.copyOf(ids)).stream()
                .map(p -> new Choice(p.id, p.displayName, p.department)).toList();
    }

    /** A picker for a page: searches only when asked to. */
    public Picker picker(String who, String searchAction, String action) {
        return new Picker(who, search(who, 20), searchAction, action);
    }

    /**
     * People matching a name, department or e-mail (accents and case ignored), for pickers.
     * Removed people are never offered.
     */
    public List<Choice> search(String query, int limit) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        String like = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                select id, display_name, department from person
                where removed_at is null
                  and (public.semillero_unaccent(lower(display_name)) like public.semillero_unaccent(:like) escape '\\'
                       or public.semillero_unaccent(lower(coalesce(department, ''))) like public.semillero_unaccent(:like) escape '\\'
                       or lower(coalesce(email, '')) like :like escape '\\')
                order by display_name, department nulls last, id limit :limit""", jakarta.persistence.Tuple.class)
                .setParameter("like", like).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Choice(((Number) r.get(0)).longValue(), (String) r.get(1), (String) r.get(2)))
                .toList();
    }

    /** A person id from a form field; anything but a number is a 400 naming the field. */
    public static Long idOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "person.unknown")));
        }
    }

    /** A person who may be chosen (exists and was not removed), or a 400 naming the field. */
    public Person choose(String field, Long personId) {
        Person person = personId == null ? null : Person.findById(personId);
        if (person == null || person.removedAt != null) {
            throw DomainException.invalid(List.of(FieldError.of(field, personId == null
                    ? "validation.required" : "person.unknown")));
        }
        return person;
    }

    /**
     * Removes a person (administrators): the profile is pseudonymised, never deleted, so that
     * teams, votes and the audit log keep pointing at someone; a later sign-in of the same
     * identity starts a new profile.
     */
    @Transactional
    public void remove(org.semillero.shared.security.Actor actor, long personId, String reason) {
        if (!actor.roles().contains(org.semillero.shared.security.Roles.ADMIN)) {
            throw DomainException.forbidden("admins-only");
        }
        String why = org.semillero.shared.web.Reasons.require(reason);
        Person person = get(personId);
        if (person.removedAt != null) {
            throw DomainException.conflict("person-removed");
        }
        audit.record(actor.personId(), AuditAction.PERSON_REMOVED, AuditLog.Subject.of("person", person.id,
                "#" + person.id), null, null, why);
        person.subject = "removed:" + person.id;
        person.username = null;
        person.displayName = "#" + person.id;
        person.email = null;
        person.department = null;
        person.departmentFromIdp = false;
        person.preferredLanguage = null;
        person.skills.clear();
        person.removedAt = clock.now();
        person.updatedAt = person.removedAt;
    }

    private static AuditLog.Subject subject(Person person) {
        return AuditLog.Subject.of("person", person.id, person.displayName);
    }

    private static String rolesOf(SignInClaims claims) {
        return claims.roles() == null ? null : String.join(",", new TreeSet<>(claims.roles()));
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
