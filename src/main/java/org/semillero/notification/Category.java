package org.semillero.notification;

/**
 * What a notification is about, for e-mail preferences. The inbox always receives everything;
 * the default delivery says how e-mail arrives until the person chooses: what others do to you
 * at once, news of projects you follow once a week.
 */
public enum Category {
    TEAMS(Delivery.IMMEDIATE),
    IDEAS(Delivery.IMMEDIATE),
    EVENTS(Delivery.IMMEDIATE),
    JURY(Delivery.IMMEDIATE),
    PROJECTS(Delivery.WEEKLY),
    WORKSHOPS(Delivery.IMMEDIATE);

    public final Delivery byDefault;

    Category(Delivery byDefault) {
        this.byDefault = byDefault;
    }

    /** The API's name for the category: {@code "teams"}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
