package org.semillero.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Keyset;

/** A person's inbox and e-mail preferences. Only ever their own: another person's notification is not found. */
@ApplicationScoped
public class InboxService {

    static final Keyset.Order NEWEST = new Keyset.Order("newest", "n.id", "bigint", true, "n.id");

    /** One page of the inbox, newest first, with the number still unread. */
    public record Page(List<Notification> items, long unread, String next, String previous) {
    }

    private final InstitutionClock clock;

    InboxService(InstitutionClock clock) {
        this.clock = clock;
    }

    public Page page(long personId, boolean unreadOnly, String cursor, int size) {
        Map<String, Object> params = new HashMap<>(Map.of("person", personId));
        Keyset.Ids ids = Keyset.ids(Panache.getEntityManager(), "from notification n where n.person_id = :person"
                + (unreadOnly ? " and n.read_at is null" : ""), params, NEWEST, cursor, size);
        Map<Long, Notification> byId = new HashMap<>();
        if (!ids.ids().isEmpty()) {
            Notification.<Notification>list("id in ?1", ids.ids()).forEach(n -> byId.put(n.id, n));
        }
        return new Page(ids.ids().stream().map(byId::get).toList(), unread(personId), ids.next(), ids.previous());
    }

    public long unread(long personId) {
        return Notification.count("personId = ?1 and readAt is null", personId);
    }

    /** Marks one notification read and gives it back (for its link); someone else's is not found. */
    @Transactional
    public Notification read(long personId, long id) {
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .filter(n -> n.personId == personId)
                .orElseThrow(() -> DomainException.notFound("notification-not-found"));
        if (notification.readAt == null) {
            notification.readAt = clock.now();
        }
        return notification;
    }

    @Transactional
    public int readAll(long personId) {
        return Notification.update("readAt = ?1 where personId = ?2 and readAt is null", clock.now(), personId);
    }

    /** Every category's delivery: the person's choice, else the category's default. */
    public Map<Category, Delivery> preferences(long personId) {
        Map<Category, Delivery> chosen = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            chosen.put(category, category.byDefault);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select category, delivery from notification_preference where person_id = :person")
                .setParameter("person", personId).getResultList();
        rows.forEach(row -> chosen.put(Category.valueOf((String) row[0]), Delivery.valueOf((String) row[1])));
        return chosen;
    }

    /** Sets the given categories (the others keep theirs); one statement per category, last writer wins. */
    @Transactional
    public Map<Category, Delivery> choose(long personId, Map<Category, Delivery> choices) {
        choices.forEach((category, delivery) -> Panache.getEntityManager().createNativeQuery("""
                insert into notification_preference (person_id, category, delivery) values (:person, :category, :delivery)
                on conflict (person_id, category) do update set delivery = excluded.delivery""")
                .setParameter("person", personId).setParameter("category", category.name())
                .setParameter("delivery", delivery.name()).executeUpdate());
        return preferences(personId);
    }

    /** Category names and deliveries as people write them; anything else is a 400 naming the field. */
    public static Map<Category, Delivery> parse(Map<String, String> choices) {
        if (choices == null) {
            throw DomainException.invalid(List.of(FieldError.of("body", "validation.required")));
        }
        Map<Category, Delivery> parsed = new EnumMap<>(Category.class);
        List<FieldError> errors = new ArrayList<>();
        choices.forEach((name, delivery) -> {
            Category category = java.util.Arrays.stream(Category.values()).filter(c -> c.key().equals(name)).findFirst()
                    .orElse(null);
            Delivery chosen = java.util.Arrays.stream(Delivery.values()).filter(d -> d.name().equals(delivery)).findFirst()
                    .orElse(null);
            if (category == null) {
                errors.add(FieldError.of(String.valueOf(name), "notification.category.unknown"));
            } else if (chosen == null) {
                errors.add(FieldError.of(name, "notification.delivery.invalid"));
            } else {
                parsed.put(category, chosen);
            }
        });
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return parsed;
    }

}
