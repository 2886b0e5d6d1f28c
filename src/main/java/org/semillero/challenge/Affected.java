package org.semillero.challenge;

/** Who suffers the problem today. */
public enum Affected {
    CITIZENS, OFFICERS, BOTH
}
