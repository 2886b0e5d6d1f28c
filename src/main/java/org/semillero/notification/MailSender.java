package org.semillero.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.semillero.shared.time.InstitutionClock;

/**
 * Sends what the outbox holds. Each e-mail is claimed with {@code FOR UPDATE SKIP LOCKED}, sent
 * and recorded in one transaction, so replicas running at once never take the same row. A failure is retried after a wait that doubles each time, and given up as
 * FAILED (its error kept) after the configured tries. The one way to send twice: the service
 * dies after the SMTP server took a message and before the row is marked sent; the row is then
 * claimed again.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final Mailer mailer;
    private final MailRenderer renderer;
    private final MailConfig config;
    private final InstitutionClock clock;

    MailSender(Mailer mailer, MailRenderer renderer, MailConfig config, InstitutionClock clock) {
        this.mailer = mailer;
        this.renderer = renderer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${semillero.mail.send-every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends everything due, one e-mail per transaction; the number sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            java.util.concurrent.atomic.AtomicLong claimed = new java.util.concurrent.atomic.AtomicLong(-1);
            try {
                Boolean done = QuarkusTransaction.requiringNew().call(() -> sendOne(claimed));
                if (done == null) {
                    break;
                }
                sent += done ? 1 : 0;
            } catch (RuntimeException e) {
                if (claimed.get() < 0) {
                    throw e;
                }
                // The e-mail's own transaction is gone; its failure is recorded in a new one.
                QuarkusTransaction.requiringNew().run(() -> failed(Panache.getEntityManager(), claimed.get(), e));
            }
        }
        if (sent > 0) {
            LOG.infof("E-mails sent: %d", sent);
        }
        return sent;
    }

    /** Claims one due e-mail and sends it: true when sent, false when there was nothing to say, null when none is due. */
    private Boolean sendOne(java.util.concurrent.atomic.AtomicLong claimed) {
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit 1 for update skip locked""")
                .setParameter("now", clock.now()).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        long id = due.get(0).longValue();
        claimed.set(id);
        Optional<MailRenderer.Letter> letter = renderer.render(id);
        if (letter.isEmpty()) {
            mark(em, id, "SKIPPED", null);
            return false;
        }
        mailer.send(letter.get().toMail());
        mark(em, id, "SENT", null);
        return true;
    }

    private void mark(EntityManager em, long id, String status, String error) {
        em.createNativeQuery("""
                update mail_outbox set status = :status, attempts = attempts + 1, last_error = :error,
                       sent_at = case when :status = 'SENT' then cast(:now as timestamptz) end
                where id = :id""")
                .setParameter("status", status).setParameter("error", error).setParameter("now", clock.now())
                .setParameter("id", id).executeUpdate();
    }

    /** Tries again later (twice as long each time), or gives up after the last try; the error is kept either way. */
    void failed(EntityManager em, long id, RuntimeException e) {
        String error = (e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
        error = error.length() > 500 ? error.substring(0, 500) : error;
        int attempts = ((Number) em.createNativeQuery("select attempts from mail_outbox where id = :id")
                .setParameter("id", id).getSingleResult()).intValue() + 1;
        Duration wait = config.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
        em.createNativeQuery("""
                update mail_outbox set attempts = :attempts, last_error = :error, next_attempt_at = :next,
                       status = case when :attempts >= :max then 'FAILED' else 'PENDING' end
                where id = :id""")
                .setParameter("attempts", attempts).setParameter("error", error)
                .setParameter("next", clock.now().plus(wait)).setParameter("max", config.maxAttempts())
                .setParameter("id", id).executeUpdate();
        LOG.warnf("E-mail %d not sent (try %d of %d): %s", id, attempts, config.maxAttempts(), error);
    }
}
