package org.semillero.event;

/**
 * Fired inside the transaction that moves an event, before the move is written. Observers in
 * other features prepare what the new phase needs (e.g. results) or veto the move by
 * throwing a {@link org.semillero.shared.web.DomainException}. {@code actorId} is null for
 * moves made by the schedule; {@code reason} is given for every step back.
 */
public record PhaseChanging(long eventId, EventPhase from, EventPhase to, Long actorId, String reason) {
}
