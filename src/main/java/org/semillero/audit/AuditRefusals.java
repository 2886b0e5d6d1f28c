package org.semillero.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.semillero.shared.web.DatabaseRefusals;

/** The audit log refuses any change to an entry (V10). */
@ApplicationScoped
class AuditRefusals implements DatabaseRefusals {

    @Override
    public Map<String, Refusal> refusals() {
        return Map.of("SE102", new Refusal(409, "audit-append-only", "problem.audit-append-only"));
    }
}
