package org.semillero.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.i18n.Messages;

/**
 * Writes the e-mail of one outbox row, in the recipient's language, as plain text and HTML:
 * one notification, or a digest of a window. Each carries a signed one-click unsubscribe link
 * (RFC 8058) that stops this category, or every category in this digest. A digest whose
 * window holds nothing (the person changed their choices meanwhile) is not written.
 */
@ApplicationScoped
public class MailRenderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notificationText(String name, String title, String link, String unsubscribe,
                                                        String preferences);

        static native TemplateInstance notificationHtml(String name, String title, String link, String unsubscribe,
                                                        String preferences);

        static native TemplateInstance digestText(String name, String intro, List<Line> lines, String unsubscribe,
                                                  String preferences);

        static native TemplateInstance digestHtml(String name, String intro, List<Line> lines, String unsubscribe,
                                                  String preferences);
    }

    /** One notification in a digest: its sentence and its link. */
    public record Line(String title, String link) {
    }

    /** An e-mail ready to send, and whom it is for (for the dev outbox). */
    public record Letter(String to, String subject, String text, String html, String unsubscribe) {

        Mail toMail() {
            return Mail.withText(to, subject, text).setHtml(html)
                    .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    private final MailConfig config;
    private final UnsubscribeLinks links;

    MailRenderer(MailConfig config) {
        this.config = config;
        this.links = new UnsubscribeLinks(config.unsubscribeKey());
    }

    UnsubscribeLinks links() {
        return links;
    }

    public Optional<Letter> render(long outboxId) {
        Tuple row = (Tuple) Panache.getEntityManager().createNativeQuery("""
                select o.kind, o.notification_id, o.window_start, o.window_end, p.id as person, p.email, p.display_name,
                       p.preferred_language
                from mail_outbox o join person p on p.id = o.person_id where o.id = :id""", Tuple.class)
                .setParameter("id", outboxId).getSingleResult();
        long personId = ((Number) row.get("person")).longValue();
        String language = row.get("preferred_language", String.class);
        Locale locale = Locales.isSupported(language) ? Locale.forLanguageTag(language) : Locales.DEFAULT;
        String name = row.get("display_name", String.class);
        String to = row.get("email", String.class);
        String preferences = config.publicUrl() + "/notifications/preferences";
        Delivery kind = Delivery.valueOf(row.get("kind", String.class));
        if (kind == Delivery.IMMEDIATE) {
            Notification n = Notification.findById(((Number) row.get("notification_id")).longValue());
            String title = NotificationViews.title(n, locale);
            String unsubscribe = config.publicUrl() + "/unsubscribe/" + links.token(personId, n.category.name());
            String link = config.publicUrl() + n.url;
            return Optional.of(new Letter(to, title,
                    Templates.notificationText(name, title, link, unsubscribe, preferences).setAttribute("locale", locale).render(),
                    Templates.notificationHtml(name, title, link, unsubscribe, preferences).setAttribute("locale", locale).render(),
                    unsubscribe));
        }
        List<Line> lines = inWindow(personId, kind, row.get("window_start", Instant.class),
                row.get("window_end", Instant.class)).stream()
                .map(n -> new Line(NotificationViews.title(n, locale), config.publicUrl() + n.url)).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String subject = Messages.get(locale, "mail.digest.subject." + kind.name(), java.util.Map.of("count", lines.size()));
        String intro = Messages.get(locale, "mail.digest.intro." + kind.name());
        String unsubscribe = config.publicUrl() + "/unsubscribe/" + links.token(personId, kind.name());
        return Optional.of(new Letter(to, subject,
                Templates.digestText(name, intro, lines, unsubscribe, preferences).setAttribute("locale", locale).render(),
                Templates.digestHtml(name, intro, lines, unsubscribe, preferences).setAttribute("locale", locale).render(),
                unsubscribe));
    }

    /** The window's notifications in the categories this person gets in this digest, oldest first. */
    private static List<Notification> inWindow(long personId, Delivery kind, Instant start, Instant end) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Panache.getEntityManager().createNativeQuery("""
                select n.id from notification n
                left join notification_preference pref on pref.person_id = n.person_id and pref.category = n.category
                where n.person_id = :person and n.created_at >= :start and n.created_at < :end and %s = :kind
                order by n.id""".formatted(DigestService.DELIVERY))
                .setParameter("person", personId).setParameter("start", start).setParameter("end", end)
                .setParameter("kind", kind.name()).getResultList();
        return ids.isEmpty() ? List.of()
                : Notification.list("id in ?1 order by id", ids.stream().map(Number::longValue).toList());
    }
}
