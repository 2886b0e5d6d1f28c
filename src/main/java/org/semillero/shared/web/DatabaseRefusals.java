package org.semillero.shared.web;

import java.util.Map;

/**
 * A feature's own database refusals: the SQLSTATE codes its triggers raise, and the problem
 * each becomes. Features provide one as a CDI bean; {@link ErrorMapper} asks them all.
 */
public interface DatabaseRefusals {

    /** How a refusal is answered: always a 4xx, with a stable problem code and message key. */
    record Refusal(int status, String code, String messageKey) {
    }

    /** SQLSTATE → refusal, for the codes this feature raises. */
    Map<String, Refusal> refusals();
}
