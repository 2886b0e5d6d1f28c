package org.semillero.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semillero.people.Person;
import org.semillero.support.Fixtures;

/** E-mail through a real SMTP server in this JVM: language, links, unsubscribe, once only, retries, digests. */
@QuarkusTest
class MailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Inject
    Fixtures fixtures;

    @Inject
    Notifications notifications;

    @Inject
    MailSender sender;

    @Inject
    DigestService digests;

    @Inject
    MailRenderer renderer;

    /** What other tests queued is not for this SMTP server. */
    @BeforeEach
    void leaveOtherTestsMailAlone() {
        Fixtures.execute("update mail_outbox set status = 'SKIPPED' where status = 'PENDING'");
    }

    private Person person(String language) {
        Person person = Fixtures.fresh(() -> fixtures.person(Fixtures.unique("mail")));
        if (language != null) {
            Fixtures.execute("update person set preferred_language = '" + language + "' where id = " + person.id);
        }
        return person;
    }

    private void tell(Person person, NotificationType type, String url, Map<String, String> params) {
        QuarkusTransaction.requiringNew().run(() -> notifications.send(null, List.of(person.id), type, url, params));
    }

    private static List<MimeMessage> to(Person person) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(person.email))) {
                mine.add(message);
            }
        }
        return mine;
    }

    @Test
    void an_immediate_email_is_in_the_persons_language_links_to_the_object_and_unsubscribes_in_one_click() throws Exception {
        Person ana = person("es");
        tell(ana, NotificationType.TEAM_APPLICATION, "/teams/42", Map.of("person", "Bruno", "team", "Ventanilla"));
        assertThat(sender.sendDue()).isEqualTo(1);
        List<MimeMessage> mail = to(ana);
        assertThat(mail).hasSize(1);
        MimeMessage message = mail.get(0);
        assertThat(message.getSubject()).isEqualTo("Bruno pidió unirse a tu equipo «Ventanilla».");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Hola, " + ana.displayName).contains("http://localhost:8080/teams/42")
                .contains("Abrir en Semillero");
        String unsubscribe = message.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<http://localhost:8080/unsubscribe/" + ana.id + ".TEAMS.");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Fixtures.count("select count(*) from mail_outbox where person_id = " + ana.id + " and status = 'SENT'"))
                .isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        String path = unsubscribe.substring("<http://localhost:8080".length(), unsubscribe.length() - 1);
        given().when().get(path).then().statusCode(200).body(containsString("/confirm"));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post(path).then().statusCode(200);
        assertThat(Fixtures.count("select count(*) from notification_preference where person_id = " + ana.id
                + " and category = 'TEAMS' and delivery = 'OFF'")).isEqualTo(1);
        tell(ana, NotificationType.TEAM_INVITATION, "/teams/43", Map.of("person", "Olga", "team", "Otra"));
        assertThat(Fixtures.count("select count(*) from mail_outbox where person_id = " + ana.id)).isEqualTo(1);
        assertThat(Fixtures.count("select count(*) from notification where person_id = " + ana.id)).isEqualTo(2);
    }

    @Test
    void an_unsubscribe_link_cannot_be_forged_for_someone_else() {
        Person victim = person(null);
        Person attacker = person(null);
        String own = renderer.links().token(attacker.id, "TEAMS");
        String forged = own.replaceFirst("^" + attacker.id + "\\.", victim.id + ".");
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post("/unsubscribe/" + forged).then().statusCode(404);
        given().when().get("/unsubscribe/" + forged).then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post("/unsubscribe/" + victim.id + ".TEAMS.bm90LWEtc2lnbmF0dXJl").then().statusCode(404);
        assertThat(Fixtures.count("select count(*) from notification_preference where person_id = " + victim.id)).isZero();
    }

    @Test
    void senders_running_at_once_send_every_email_exactly_once() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Person person = person(null);
            people.add(person);
            tell(person, NotificationType.JUDGE_ASSIGNED, "/events/x/jury", Map.of("event", "Hackathon " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Integer>) sender::sendDue));
            }
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isEqualTo(30);
        } finally {
            pool.shutdown();
        }
        for (Person person : people) {
            assertThat(to(person)).as(person.email).hasSize(1);
        }
    }

    @Test
    void a_failed_email_is_retried_later_and_given_up_after_the_last_try_with_its_error() {
        Person person = person(null);
        tell(person, NotificationType.JUDGE_ASSIGNED, "/events/y/jury", Map.of("event", "Down"));
        SMTP.stop();
        assertThat(sender.sendDue()).isZero();
        String where = " from mail_outbox where person_id = " + person.id;
        assertThat(Fixtures.count("select attempts" + where)).isEqualTo(1);
        assertThat(Fixtures.count("select count(*)" + where + " and status = 'PENDING' and last_error is not null"
                + " and next_attempt_at > now()")).isEqualTo(1);
        Fixtures.execute("update mail_outbox set attempts = 4, next_attempt_at = now() - interval '1 second' where person_id = "
                + person.id);
        sender.sendDue();
        assertThat(Fixtures.count("select count(*)" + where + " and status = 'FAILED' and attempts = 5")).isEqualTo(1);
        SMTP.start();
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void a_daily_digest_holds_exactly_the_previous_day_is_built_once_and_nothing_is_sent_for_an_empty_day() throws Exception {
        Fixtures.execute("delete from digest_window");
        Person daily = person("en");
        Person quiet = person("en");
        Fixtures.execute("insert into notification_preference values (" + daily.id + ", 'TEAMS', 'DAILY'), ("
                + quiet.id + ", 'TEAMS', 'DAILY')");
        for (String at : List.of("2030-03-09T23:59:59Z", "2030-03-10T00:00:00Z", "2030-03-10T23:59:59Z", "2030-03-11T00:00:00Z")) {
            Fixtures.execute("insert into notification (person_id, type, category, params, url, created_at) values ("
                    + daily.id + ", 'TEAM_REMOVED', 'TEAMS', '{\"person\":\"Olga\",\"team\":\"T " + at + "\"}', '/teams/1', '"
                    + at + "')");
        }
        // Before 07:00 (the digest hour; tests run in UTC) only the 9th is buildable; the 10th is not yet.
        digests.buildDue(Instant.parse("2030-03-11T06:59:00Z"));
        String mine = "select count(*) from mail_outbox where kind = 'DAILY' and person_id = ";
        assertThat(Fixtures.count(mine + daily.id + " and window_start = '2030-03-09T00:00:00Z'")).isEqualTo(1);
        assertThat(Fixtures.count(mine + daily.id + " and window_start = '2030-03-10T00:00:00Z'")).isZero();
        digests.buildDue(Instant.parse("2030-03-11T07:00:00Z"));
        digests.buildDue(Instant.parse("2030-03-11T07:05:00Z"));
        assertThat(Fixtures.count(mine + daily.id + " and window_start = '2030-03-10T00:00:00Z'")).isEqualTo(1);
        assertThat(Fixtures.count(mine + quiet.id)).isZero();

        sender.sendDue();
        List<MimeMessage> mail = to(daily);
        assertThat(mail).hasSize(2);
        MimeMessage ninth = GreenMailUtil.getBody(mail.get(0)).contains("T 2030-03-09") ? mail.get(0) : mail.get(1);
        MimeMessage tenth = ninth == mail.get(0) ? mail.get(1) : mail.get(0);
        assertThat(ninth.getSubject()).isEqualTo("Semillero: what happened yesterday (1)");
        assertThat(tenth.getSubject()).isEqualTo("Semillero: what happened yesterday (2)");
        String body = GreenMailUtil.getBody(tenth);
        assertThat(body).contains("T 2030-03-10T00:00:00Z").contains("T 2030-03-10T23:59:59Z")
                .doesNotContain("T 2030-03-09T23:59:59Z").doesNotContain("T 2030-03-11T00:00:00Z");

        // Two days later: the 11th and the 12th, one window each, nothing skipped or repeated.
        digests.buildDue(Instant.parse("2030-03-13T08:00:00Z"));
        assertThat(Fixtures.count(mine + daily.id)).isEqualTo(3);
        assertThat(Fixtures.count("select count(*) from digest_window where kind = 'DAILY'")).isEqualTo(4);
    }
}
