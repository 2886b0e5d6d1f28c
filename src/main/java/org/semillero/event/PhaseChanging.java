package org.semillero.event;

/**
 * Fired inside the transaction that moves an event, before the move is written. Observers in
 * other features prepare what the new phase needs (e.g. results) or veto the move by
 * throwing a {@link org.semillero.shared.web.DomainException}.
 */
public record PhaseChanging(long eventId, EventPhase from, EventPhase to) {
}
