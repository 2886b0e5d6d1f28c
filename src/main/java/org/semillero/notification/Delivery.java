package org.semillero.notification;

/** How e-mail about a category arrives: each at once, in a daily or weekly digest, or not at all. */
public enum Delivery {
    IMMEDIATE, DAILY, WEEKLY, OFF
}
