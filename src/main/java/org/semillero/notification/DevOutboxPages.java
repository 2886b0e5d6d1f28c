package org.semillero.notification;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.semillero.shared.time.Instants;

/**
 * Dev mode only: the e-mails of the outbox as they read (to whom, subject, text), so a newcomer
 * sees what the demo walk sends without an SMTP server. Not built into other profiles.
 */
@IfBuildProfile("dev")
@Path("/dev/outbox")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DevOutboxPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(List<Entry> entries);
    }

    public record Entry(long id, String kind, String status, Instant createdAt, String to, String subject, String text) {
    }

    private final MailRenderer renderer;

    DevOutboxPages(MailRenderer renderer) {
        this.renderer = renderer;
    }

    @GET
    @Transactional
    public TemplateInstance outbox() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select id, kind, status, created_at from mail_outbox order by id desc limit 50").getResultList();
        return Templates.outbox(rows.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            var letter = renderer.render(id);
            return new Entry(id, (String) row[1], (String) row[2], Instants.of(row[3]),
                    letter.map(MailRenderer.Letter::to).orElse(""), letter.map(MailRenderer.Letter::subject).orElse(""),
                    letter.map(MailRenderer.Letter::text).orElse(""));
        }).toList());
    }
}
