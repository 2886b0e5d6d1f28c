package org.semillero.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stops e-mail from a signed link: the category of an immediate e-mail, or every category a
 * digest carried. Works without signing in (the signature is the proof); a forged or altered
 * link changes nothing.
 */
@ApplicationScoped
public class UnsubscribeService {

    private final InboxService inbox;
    private final UnsubscribeLinks links;

    UnsubscribeService(InboxService inbox, MailRenderer renderer) {
        this.inbox = inbox;
        this.links = renderer.links();
    }

    /** Whether the token is genuine (for the confirmation page). */
    public boolean valid(String token) {
        return stop(token).isPresent();
    }

    /** Turns the e-mail off; false for a token that is not genuine. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<UnsubscribeLinks.Stop> stop = stop(token);
        if (stop.isEmpty()) {
            return false;
        }
        long personId = stop.get().personId();
        Map<Category, Delivery> off = new EnumMap<>(Category.class);
        String scope = stop.get().scope();
        Arrays.stream(Category.values()).filter(c -> c.name().equals(scope)).forEach(c -> off.put(c, Delivery.OFF));
        if (off.isEmpty()) {
            inbox.preferences(personId).forEach((category, delivery) -> {
                if (delivery.name().equals(scope)) {
                    off.put(category, Delivery.OFF);
                }
            });
        }
        inbox.choose(personId, off);
        return true;
    }

    private Optional<UnsubscribeLinks.Stop> stop(String token) {
        return links.verify(token).filter(stop -> Panache.getEntityManager()
                .createNativeQuery("select 1 from person where id = :id and removed_at is null")
                .setParameter("id", stop.personId()).getResultList().size() == 1);
    }
}
