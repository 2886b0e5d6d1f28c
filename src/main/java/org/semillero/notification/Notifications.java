package org.semillero.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells people what happened, in the transaction of the action that caused it: the inbox row
 * and, for people who want e-mail at once, the outbox row are written together with the
 * action, so a rolled-back action notifies nobody and a committed one always does. Nobody is
 * told about their own action. Fan-out to many people is one insert-select.
 */
@ApplicationScoped
public class Notifications {

    /** The recipients' ids as {@code person_id}; the rest of the statement adds the inbox and outbox rows. */
    private static final String WRITE = """
            with recipient as (%s),
            inbox as (
                insert into notification (person_id, type, category, params, url)
                select distinct r.person_id, :type, :category, cast(:params as jsonb), :url
                from recipient r join person p on p.id = r.person_id
                where p.removed_at is null and r.person_id is distinct from :actor
                returning id, person_id)
            insert into mail_outbox (person_id, kind, notification_id)
            select inbox.person_id, 'IMMEDIATE', inbox.id
            from inbox join person p on p.id = inbox.person_id
            left join notification_preference pref on pref.person_id = inbox.person_id and pref.category = :category
            where p.email is not null and coalesce(pref.delivery, :byDefault) = 'IMMEDIATE'""";

    private final ObjectMapper json;

    Notifications(ObjectMapper json) {
        this.json = json;
    }

    /** Tells the given people (the actor, if among them, is left out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Long actorId, Collection<Long> personIds, NotificationType type, String url, Map<String, ?> params) {
        List<Long> ids = personIds.stream().filter(Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            fanOut(actorId, "select id as person_id from person where id in (:ids)", Map.of("ids", ids), type, url, params);
        }
    }

    /**
     * Tells everyone a query names: {@code recipients} selects {@code person_id} and may use the
     * named parameters in {@code recipientParams}. One statement, however many people.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fanOut(Long actorId, String recipients, Map<String, ?> recipientParams, NotificationType type, String url,
                      Map<String, ?> params) {
        Query insert = Panache.getEntityManager().createNativeQuery(WRITE.formatted(recipients))
                .setParameter("type", type.name())
                .setParameter("category", type.category.name())
                .setParameter("byDefault", type.category.byDefault.name())
                .setParameter("params", asJson(params))
                .setParameter("url", url)
                .setParameter("actor", actorId == null ? -1L : actorId);
        recipientParams.forEach(insert::setParameter);
        insert.executeUpdate();
    }

    private String asJson(Map<String, ?> params) {
        Map<String, String> text = new HashMap<>();
        params.forEach((key, value) -> text.put(key, value == null ? "" : String.valueOf(value)));
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification parameters cannot be written", e);
        }
    }
}
