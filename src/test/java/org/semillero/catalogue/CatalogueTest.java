package org.semillero.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.semillero.support.Fixtures.count;
import static org.semillero.support.Fixtures.execute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.support.Fixtures;

/** The catalogue: imports all or nothing, signals replaced not doubled, free-text names linked, hot spots, KPIs. */
@QuarkusTest
class CatalogueTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueService catalogue;

    @Inject
    SignalService signals;

    @Inject
    HotSpots hotSpots;

    private Actor office() {
        return new Actor(fixtures.person(Fixtures.unique("office")).id, Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
    }

    private static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void a_services_csv_with_one_bad_line_is_refused_whole_with_its_line_and_the_corrected_one_is_imported() {
        Actor office = Fixtures.fresh(this::office);
        String a = Fixtures.unique("RC");
        String b = Fixtures.unique("RC");
        String c = Fixtures.unique("RC");
        String bad = csv("code,name,department,channels,description",
                a + ",Cita previa " + a + ",Registro Civil,online;in_person,\"Citas, con coma\"",
                b + ",Certificados " + b + ",Registro Civil,fax,",
                c + ",Matrimonios " + c + ",Registro Civil,in person,");
        ImportReport refused = Fixtures.fresh(() -> catalogue.importCsv(office, bad, false));
        assertThat(refused.applied()).isFalse();
        assertThat(refused.errors()).extracting(ImportReport.LineError::line, ImportReport.LineError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "channels"));
        assertThat(count("select count(*) from public_service where code in ('" + a + "', '" + b + "', '" + c + "')"))
                .as("nothing half-imported").isZero();

        ImportReport overlong = Fixtures.fresh(() -> catalogue.importCsv(office, bad + a + "z,Otro,Registro,online,,extra\n"
                + a + "y,Otro más,Registro,online\n", true));
        assertThat(overlong.errors()).extracting(ImportReport.LineError::line, ImportReport.LineError::messageKey)
                .as("every bad line reported, a short row read with empty trailing cells").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "validation.service-channel"),
                        org.assertj.core.groups.Tuple.tuple(5, "import.cell-count"));

        ImportReport dry = Fixtures.fresh(() -> catalogue.importCsv(office, bad.replace(",fax,", ",phone,"), true));
        assertThat(dry.errors()).isEmpty();
        assertThat(dry.created()).isEqualTo(3);
        assertThat(count("select count(*) from public_service where code = '" + a + "'")).as("a dry run writes nothing")
                .isZero();

        ImportReport done = Fixtures.fresh(() -> catalogue.importCsv(office, bad.replace(",fax,", ",phone,"), false));
        assertThat(done.applied()).isTrue();
        assertThat(done.created()).isEqualTo(3);
        PublicService first = Fixtures.fresh(() -> catalogue.get(a.toLowerCase()));
        assertThat(first.description()).isEqualTo("Citas, con coma");
        assertThat(first.channels()).containsExactly(Channel.IN_PERSON, Channel.ONLINE);

        // The same codes again: an upsert by code, one row changed, two unchanged, nothing doubled.
        String again = csv("code,name,department,channels,description",
                a + ",Cita previa " + a + ",Registro Civil,online;in_person,\"Citas, con coma\"",
                b.toUpperCase() + ",Certificados " + b + ",Registro Civil,phone;online,",
                c + ",Matrimonios " + c + ",Registro Civil,in person,");
        ImportReport second = Fixtures.fresh(() -> catalogue.importCsv(office, again, false));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.changes()).filteredOn(ch -> ch.action().equals("UPDATED")).singleElement()
                .satisfies(ch -> assertThat(ch.fields()).containsExactly("channels"));
        assertThat(count("select count(*) from public_service where lower(code) = lower('" + b + "')")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'SERVICES_IMPORTED'")).isPositive();
    }

    @Test
    void imports_refuse_columns_that_look_like_personal_data_and_unknown_or_missing_columns() {
        Actor office = Fixtures.fresh(this::office);
        String code = Fixtures.unique("PD");
        ImportReport services = Fixtures.fresh(() -> catalogue.importCsv(office, csv("code,name,department,channels,email",
                code + ",Padrón " + code + ",Estadística,online,ana@example.org"), false));
        assertThat(services.errors()).extracting(ImportReport.LineError::messageKey).containsExactly("import.personal-data");
        assertThat(services.errors().get(0).params()).containsEntry("column", "email");
        assertThat(Fixtures.fresh(() -> catalogue.importCsv(office, csv("code,name,channels", code + ",X,online"), false))
                .errors()).extracting(ImportReport.LineError::messageKey).containsExactly("import.missing-column");

        String service = service(office, "Sanidad");
        for (String column : List.of("nombre", "Comentario", "dni", "citizen_email", "telefono")) {
            ImportReport report = Fixtures.fresh(() -> signals.importCsv(Set.of(Roles.SIGNAL_FEEDER), "feeder",
                    csv("service,period,source,complaints," + column, service + ",2026-01,Quejas,3,x"), false));
            assertThat(report.errors()).as(column).extracting(ImportReport.LineError::messageKey)
                    .containsExactly("import.personal-data");
        }
        assertThat(Fixtures.fresh(() -> signals.importCsv(Set.of(Roles.SIGNAL_FEEDER), "feeder",
                csv("service,period,source,complaints,requests", service + ",2026-01,Quejas,3,40"), false)).applied())
                .as("the same file without the personal column is accepted").isTrue();
        assertThat(Fixtures.outcome(() -> signals.record(Set.of(Roles.SIGNAL_FEEDER), "feeder", service,
                new SignalService.SignalInput("2026-02", "Quejas", null, Map.of("comments", BigDecimal.ONE)))))
                .isEqualTo("invalid-input");
    }

    @Test
    @TestSecurity(user = "feeder-quejas", roles = "signal-feeder")
    void a_feeder_posting_the_same_month_twice_replaces_it_and_says_so() {
        String code = Fixtures.fresh(() -> service(office(), "Registro Civil"));
        Map<String, Object> body = Map.of("period", "2026-10", "source", "Sistema de quejas", "channel", "online",
                "measures", Map.of("complaints", 120, "satisfaction", 3.4, "answers", 310));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services/" + code + "/signals").then()
                .statusCode(201).body("replaced", equalTo(false)).body("measures.status", hasItem("CREATED"));
        Map<String, Object> again = Map.of("period", "2026-10", "source", "SISTEMA DE QUEJAS", "measures",
                Map.of("complaints", 131));
        given().contentType(ContentType.JSON).body(again).when().post("/api/v1/services/" + code + "/signals").then()
                .statusCode(200).body("replaced", equalTo(true)).body("measures[0].previous", equalTo(120.0f));
        assertThat(count("select count(*) from service_signal s join public_service p on p.id = s.service_id"
                + " where p.code = '" + code + "'")).as("three measures, not four").isEqualTo(3);
        assertThat(count("select value from service_signal s join public_service p on p.id = s.service_id"
                + " where p.code = '" + code + "' and measure = 'complaints'")).isEqualTo(131);
        given().contentType(ContentType.JSON).body(Map.of("period", "2026-13", "source", "Q", "measures",
                Map.of("satisfaction", 7))).when().post("/api/v1/services/" + code + "/signals").then().statusCode(400);
        given().when().get("/api/v1/services/" + code + "/signals?months=3").then().statusCode(200)
                .body("complaints[0].value", equalTo(131.0f));
        given().when().get("/api/v1/services/" + code).then().statusCode(403);
        assertThat(count("select count(*) from person where subject = 'feeder-quejas'")).isZero();
    }

    @Test
    @TestSecurity(user = "api-ines", roles = {"officer", "innovation-office"})
    void through_the_api_a_dry_run_reports_in_the_readers_language_and_a_bad_file_is_a_400_naming_its_line() {
        String code = Fixtures.unique("API");
        String file = "code,name,department,channels\n" + code + ",Servicio " + code + ",Sanidad,online\n"
                + code + "x,Otro " + code + ",Sanidad,carta\n";
        given().contentType("text/csv").header("Accept-Language", "es").body(file).when()
                .post("/api/v1/services/import?dryRun=true").then().statusCode(200)
                .body("created", equalTo(1)).body("errors[0].line", equalTo(3))
                .body("errors[0].message", equalTo("Use in_person, online, phone o mobile."));
        given().contentType("text/csv").body(file).when().post("/api/v1/services/import").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("lines/3/channels"));
        given().contentType("text/csv").body(file).when().post("/api/v1/services/import?dryRun=maybe").then()
                .statusCode(400);
        assertThat(count("select count(*) from public_service where code = '" + code + "'")).isZero();
        given().contentType("text/csv").body(file.replace("carta", "phone")).when().post("/api/v1/services/import")
                .then().statusCode(200).body("applied", equalTo(true)).body("created", equalTo(2));
        given().when().get("/api/v1/services?q=" + code).then().statusCode(200).body("code", hasItem(code));
        given().when().get("/api/v1/services?channel=fax").then().statusCode(400);
    }

    @Test
    void the_same_signal_sent_at_once_from_many_threads_is_stored_once() throws Exception {
        String code = Fixtures.fresh(() -> service(office(), "Sanidad"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignalService.Receipt>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                int value = 100 + i;
                sent.add(pool.submit((Callable<SignalService.Receipt>) () -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> signals.record(Set.of(Roles.SIGNAL_FEEDER),
                            "feeder", code, new SignalService.SignalInput("2026-09", "Quejas", null,
                                    Map.of("complaints", new BigDecimal(value)))));
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<SignalService.Receipt> f : sent) {
                created += f.get().replaced() ? 0 : 1;
            }
            assertThat(created).as("exactly one send created it; the others replaced it").isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from service_signal s join public_service p on p.id = s.service_id"
                + " where p.code = '" + code + "'")).isEqualTo(1);
    }

    @Test
    void free_text_service_names_link_exactly_or_wait_for_review_and_keep_their_words() {
        Actor office = Fixtures.fresh(this::office);
        long author = Fixtures.fresh(() -> fixtures.person(Fixtures.unique("ana")).id);
        String exact = Fixtures.unique("Cita previa");
        String loose = Fixtures.unique("registro civil central");
        long matched = challenge(author, "  " + exact.toUpperCase() + " ");
        long other = challenge(author, loose);
        List<String> waiting = Fixtures.fresh(() -> catalogue.unlinked(office)).stream()
                .map(CatalogueService.Unlinked::text).toList();
        assertThat(waiting).contains(exact.toUpperCase(), loose);

        String code = Fixtures.unique("CP");
        Fixtures.fresh(() -> catalogue.save(office, null, Map.of("code", code, "name", exact, "department", "Registro",
                "channels", "online")));
        assertThat(count("select count(*) from challenge c join public_service s on s.id = c.service_id"
                + " where c.id = " + matched + " and s.code = '" + code + "'")).as("exact name, case and spaces aside")
                .isEqualTo(1);
        assertThat(count("select count(*) from challenge where id = " + other + " and service_id is null")).isEqualTo(1);
        long later = challenge(author, exact.toLowerCase());
        assertThat(count("select count(*) from challenge c join public_service s on s.id = c.service_id"
                + " where c.id = " + later + " and s.code = '" + code + "'")).as("linked as it is written").isEqualTo(1);

        int linked = Fixtures.fresh(() -> catalogue.resolve(office, loose, code));
        assertThat(linked).isEqualTo(1);
        assertThat(count("select count(*) from challenge where id = " + other + " and service_id is not null"
                + " and service = '" + loose + "'")).as("linked, and the words stay").isEqualTo(1);
        assertThat(Fixtures.fresh(() -> catalogue.unlinked(office))).extracting(CatalogueService.Unlinked::text)
                .doesNotContain(loose, exact.toUpperCase());
        assertThat(Fixtures.outcome(() -> catalogue.resolve(office, loose, "no-such-service"))).isEqualTo("invalid-input");
    }

    /**
     * Three services of one department, this month 2026-07: the last three complete months are
     * April–June, the three before January–March.
     * <pre>
     *   A: 2 open challenges with 3 and 5 +1s (pressure 10), complaints 300 (was 200: rise 0.5)
     *   B: 1 open challenge with 0 +1s (pressure 1) and a declined one, complaints 600 (was 600: rise 0)
     *   C: nothing from officers, no signals
     * </pre>
     * A = 100 × (0.5 × 10/10 + 0.3 × 300/600 + 0.2 × 0.5) = 75; B = 100 × (0.5 × 0.1 + 0.3 × 1 + 0) = 35; C = 0.
     */
    @Test
    void hot_spots_rank_by_the_documented_score() {
        Actor office = Fixtures.fresh(this::office);
        String department = Fixtures.unique("Dept");
        String a = Fixtures.fresh(() -> service(office, department));
        String b = Fixtures.fresh(() -> service(office, department));
        String c = Fixtures.fresh(() -> service(office, department));
        long author = Fixtures.fresh(() -> fixtures.person(Fixtures.unique("hs")).id);
        linkedChallenge(author, a, "OPEN", 3);
        linkedChallenge(author, a, "ACCEPTED", 5);
        linkedChallenge(author, b, "OPEN", 0);
        linkedChallenge(author, b, "DECLINED", 40);
        monthly(a, "2026-01", 50, "2026-02", 50, "2026-03", 100, "2026-04", 100, "2026-05", 100, "2026-06", 100,
                "2026-07", 999);
        monthly(b, "2026-01", 200, "2026-02", 200, "2026-03", 200, "2026-04", 200, "2026-05", 200, "2026-06", 200);
        List<HotSpots.HotSpot> ranked = Fixtures.fresh(() -> hotSpots.rank(department, null, LocalDate.of(2026, 7, 1)));
        assertThat(ranked).extracting(h -> h.service().code()).containsExactly(a, b, c);
        assertThat(ranked).extracting(HotSpots.HotSpot::score).containsExactly(75.0, 35.0, 0.0);
        HotSpots.HotSpot first = ranked.get(0);
        assertThat(first.openChallenges()).isEqualTo(2);
        assertThat(first.supports()).isEqualTo(8);
        assertThat(first.recentComplaints()).isEqualTo(300);
        assertThat(first.earlierComplaints()).isEqualTo(200);
        assertThat(first.rise()).isEqualTo(0.5);
        assertThat(HotSpots.csv(ranked)).contains("\"1\",\"" + a + "\"");
        assertThat(Fixtures.outcome(() -> hotSpots.rank(new Actor(1L, Set.of(Roles.OFFICER)), department, null)))
                .isEqualTo("hot-spots-forbidden");
    }

    /** A KPI bound to complaints: baseline = mean of the three months before the pilot month, actual = latest. */
    @Test
    void a_bound_kpi_takes_its_baseline_from_before_the_pilot_and_its_actual_from_the_latest_month() {
        Actor office = Fixtures.fresh(this::office);
        String code = Fixtures.fresh(() -> service(office, "Registro"));
        long by = office.personId();
        long idea = count("with x as (insert into idea (title, problem, solution, state, author_id, submitted_at) values"
                + " ('Agenda única', 'Slow', 'One agenda', 'PROMOTED', " + by + ", now()) returning id) select id from x");
        long project = count("with x as (insert into project (title, stage, source_idea_id, created_by, created_at, "
                + "stage_since, last_activity_at) values ('Cita previa unificada', 'PILOT', " + idea + ", " + by
                + ", '2026-01-10T10:00:00Z', '2026-05-12T10:00:00Z', '2026-05-12T10:00:00Z') returning id) select id from x");
        execute("insert into project_history (project_id, kind, actor_id, detail, at) values (" + project
                + ", 'STAGE', " + by + ", 'IN_PROGRESS → PILOT', '2026-05-12T10:00:00Z')");
        long kpi = count("with x as (insert into kpi (project_id, name, unit, baseline, target) values (" + project
                + ", 'Monthly complaints', 'complaints', 999, 100) returning id) select id from x");
        monthly(code, "2026-01", 900, "2026-02", 300, "2026-03", 330, "2026-04", 360, "2026-05", 200, "2026-06", 150);
        Fixtures.fresh(() -> bind(office, code, kpi, "complaints"));
        assertThat(count("select baseline from kpi where id = " + kpi)).as("(300 + 330 + 360) / 3").isEqualTo(330);
        assertThat(count("select actual from kpi where id = " + kpi)).isEqualTo(150);
        monthly(code, "2026-07", 120);
        assertThat(count("select actual from kpi where id = " + kpi)).as("a new month updates it").isEqualTo(120);
        assertThat(count("select cast(to_char(actual_at, 'YYYYMM') as int) from kpi where id = " + kpi)).isEqualTo(202607);
        Actor owner = new Actor(by, Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        assertThat(Fixtures.outcome(() -> bind(owner, code, kpi, "sadness"))).isEqualTo("invalid-input");
        assertThat(Fixtures.outcome(() -> bind(new Actor(by, Set.of(Roles.OFFICER)), code, kpi, "complaints")))
                .isEqualTo("catalogue-forbidden");
    }

    @Test
    void two_imports_of_the_same_new_codes_at_once_create_each_service_once() throws Exception {
        Actor office = Fixtures.fresh(this::office);
        String a = Fixtures.unique("PAR");
        String b = Fixtures.unique("PAR");
        String file = csv("code,name,department,channels", a + ",Servicio " + a + ",Sanidad,online",
                b + ",Servicio " + b + ",Sanidad,phone");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImportReport>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<ImportReport>) () -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> catalogue.importCsv(office, file, false));
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<ImportReport> run : runs) {
                ImportReport report = run.get();
                assertThat(report.applied()).isTrue();
                created += report.created();
            }
            assertThat(created).as("the first run creates both; the others find them unchanged").isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from public_service where code in ('" + a + "', '" + b + "')")).isEqualTo(2);
    }

    @Test
    void only_the_innovation_office_keeps_the_catalogue_and_only_feeders_and_the_office_send_signals() {
        Actor officer = Fixtures.fresh(() -> fixtures.officer(Fixtures.unique("plain")));
        assertThat(Fixtures.outcome(() -> catalogue.importCsv(officer, "code,name,department,channels\n", true)))
                .isEqualTo("catalogue-forbidden");
        assertThat(Fixtures.outcome(() -> catalogue.save(officer, null, Map.of()))).isEqualTo("catalogue-forbidden");
        assertThat(Fixtures.outcome(() -> signals.record(Set.of(Roles.OFFICER, Roles.ORGANIZER), "x", "any",
                new SignalService.SignalInput("2026-01", "s", null, Map.of("complaints", BigDecimal.ONE)))))
                .isEqualTo("signals-forbidden");
        String code = Fixtures.fresh(() -> service(office(), "Sanidad"));
        assertThat(Fixtures.fresh(() -> signals.record(Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE), "office", code,
                new SignalService.SignalInput("2026-01", "Encuesta", "phone", Map.of("satisfaction",
                        new BigDecimal("4.2"))))).replaced()).isFalse();
    }

    private Object bind(Actor actor, String code, long kpi, String measure) {
        catalogue.bindKpi(actor, code, kpi, measure);
        return null;
    }

    private String service(Actor office, String department) {
        String code = Fixtures.unique("S");
        catalogue.save(office, null, Map.of("code", code, "name", "Servicio " + code, "department", department,
                "channels", "online"));
        return code;
    }

    private static long challenge(long author, String service) {
        return count("with x as (insert into challenge (title, service, problem, affected, author_id) values ('Seeded', '"
                + service + "', 'Slow', 'CITIZENS', " + author + ") returning id) select id from x");
    }

    private static void linkedChallenge(long author, String code, String status, int supports) {
        count("with x as (insert into challenge (title, service, service_id, problem, affected, author_id, status, "
                + "decline_reason, support_count) values ('Seeded', 'x', (select id from public_service where code = '"
                + code + "'), 'Slow', 'CITIZENS', " + author + ", '" + status + "', "
                + ("DECLINED".equals(status) ? "'No'" : "null") + ", " + supports + ") returning id) select id from x");
    }

    private void monthly(String code, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            String period = (String) pairs[i];
            BigDecimal value = new BigDecimal(pairs[i + 1].toString());
            Fixtures.fresh(() -> signals.record(Set.of(Roles.SIGNAL_FEEDER), "feeder", code,
                    new SignalService.SignalInput(period, "Quejas", null, Map.of("complaints", value))));
        }
    }
}
