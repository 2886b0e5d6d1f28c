package org.semillero.challenge;

/** Where a recorded problem stands in the organizers' review. */
public enum ChallengeStatus {
    OPEN, ACCEPTED, DECLINED, MERGED
}
