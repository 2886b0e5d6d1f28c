package org.semillero.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.semillero.shared.security.Viewer;

/** The header's unread count ({@code inject:inbox.unread}), read once per page and only for someone signed in. */
@Named("inbox")
@RequestScoped
public class InboxBadge {

    private final InboxService inbox;
    private final Viewer viewer;
    private Long unread;

    InboxBadge(InboxService inbox, Viewer viewer) {
        this.inbox = inbox;
        this.viewer = viewer;
    }

    public long getUnread() {
        if (unread == null) {
            unread = viewer.getPersonId() < 0 ? 0L : inbox.unread(viewer.getPersonId());
        }
        return unread;
    }
}
