package org.semillero.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.MDC;
import org.semillero.shared.time.InstitutionClock;

/**
 * Appends governance actions to the audit log, inside the caller's transaction: the entry
 * exists exactly when the action does. Features call it right after they act.
 */
@ApplicationScoped
public class AuditLog {

    /** What was acted on: a type ("event", "team", …), its id, and the name people know it by. */
    public record Subject(String type, Object id, String label) {

        public static Subject of(String type, Object id, String label) {
            return new Subject(type, id, label);
        }
    }

    private final InstitutionClock clock;
    private final ObjectMapper json;

    AuditLog(InstitutionClock clock, ObjectMapper json) {
        this.clock = clock;
        this.json = json;
    }

    /**
     * @param actorId null when the schedule or the identity provider acted
     * @param before  what changed, as it was (any JSON-serialisable value; null if nothing)
     * @param after   what it became
     * @param reason  the reason given, if any
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, AuditAction action, Subject subject, Object before, Object after, String reason) {
        AuditEvent event = new AuditEvent();
        event.at = clock.now();
        event.actorId = actorId;
        event.action = action;
        event.objectType = subject.type();
        event.objectId = String.valueOf(subject.id());
        event.objectLabel = truncate(subject.label() == null ? "" : subject.label(), 300);
        event.before = toJson(before);
        event.after = toJson(after);
        event.reason = reason == null || reason.isBlank() ? null : truncate(reason.strip(), 2000);
        Object requestId = MDC.get("requestId");
        event.requestId = requestId == null ? null : truncate(requestId.toString(), 100);
        event.persist();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the audit entry", e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
