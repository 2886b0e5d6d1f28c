package org.semillero.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.semillero.shared.i18n.Messages;

/** What the inbox shows of a notification, in the reader's language. */
public final class NotificationViews {

    private NotificationViews() {
    }

    public record NotificationView(long id, NotificationType type, String title, String url, Instant createdAt,
                                   Instant readAt) {
    }

    public record InboxView(List<NotificationView> items, long unread, String next) {
    }

    public static NotificationView of(Notification n, Locale locale) {
        return new NotificationView(n.id, n.type, title(n, locale), n.url, n.createdAt, n.readAt);
    }

    /** The notification's sentence; a phase is named in the reader's language. */
    public static String title(Notification n, Locale locale) {
        Map<String, Object> params = new HashMap<>(n.params);
        if (params.get("phase") instanceof String phase) {
            params.put("phase", Messages.get(locale, "phase." + phase));
        }
        return Messages.get(locale, "notification.type." + n.type.name(), params);
    }
}
