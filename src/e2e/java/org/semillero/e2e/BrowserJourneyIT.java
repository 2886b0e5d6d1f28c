package org.semillero.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end, as in production: the packaged service in the prod profile, a real Keycloak with
 * the semillero realm (deployment/keycloak/run-local.sh), PostgreSQL, and a headless Chromium
 * driven by Selenium, in Spanish. Ana signs in on Keycloak's page, proposes an idea, votes in an
 * event in voting and signs out; Olga, the organizer, closes the vote; Inés, of the innovation
 * office, promotes the winner to a project. Every page on the way is in Spanish, shows no message
 * key and fits a 320 px screen; a screenshot of each, at 1280 and 320 px, lands in
 * {@code target/e2e-shots}. Run with {@code ./mvnw verify -Pe2e} (see docs/operations.md).
 */
class BrowserJourneyIT {

    private static final String APP = "http://localhost:8080";
    private static final String MANAGEMENT = "http://localhost:9000";
    private static final Path SHOTS = Path.of("target/e2e-shots");
    /** A message key on a page: a known first segment, then dots or underscores (e.g. results_promote, phase.RESULTS). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "\\b(?:layout|form|flash|problem|event|phase|results|jury|ballot|vote|idea|team|submission|project|gate|challenge)"
            + "[._][A-Za-z][\\w.]*\\b");
    private static final String DB = "semillero_e2e";
    private static final String JDBC = "jdbc:postgresql://localhost:5432/" + DB;
    private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

    private static Process app;
    private static WebDriver browser;
    private static long submissionId;
    private static int pageChecks;

    @BeforeAll
    static void start() throws Exception {
        requireFile(CHROMIUM, "Chromium (Debian: apt-get install chromium)");
        requireFile(CHROMEDRIVER, "ChromeDriver (Debian: apt-get install chromium-driver)");
        run(List.of("deployment/keycloak/run-local.sh", "--detach"), Map.of());
        run(List.of("psql", "-h", "127.0.0.1", "-U", "semillero", "-d", "postgres", "-c", "drop database if exists " + DB),
                Map.of("PGPASSWORD", "semillero"));
        run(List.of("deployment/local/postgres.sh"), Map.of("SEMILLERO_DATABASES", DB));

        ProcessBuilder builder = new ProcessBuilder("java", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(new File("target/e2e-service.log"));
        builder.environment().putAll(Map.ofEntries(
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", JDBC),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", "semillero"),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", "semillero"),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/semillero"),
                Map.entry("QUARKUS_OIDC_CLIENT_ID", "semillero"),
                Map.entry("QUARKUS_OIDC_CREDENTIALS_SECRET", "change-me-semillero-client-secret"),
                Map.entry("SEMILLERO_SESSION_SECRET", "e2e-only-session-secret-0123456789abcdef"),
                Map.entry("SEMILLERO_CSRF_KEY", "e2e-only-csrf-signature-key-0123456789abcdef"),
                Map.entry("SEMILLERO_UNSUBSCRIBE_KEY", "e2e-only-unsubscribe-key-0123456789abcdef"),
                Map.entry("SEMILLERO_PUBLIC_URL", APP),
                // Nothing listens there: e-mails wait in the outbox, retried, and the journey goes on.
                Map.entry("SEMILLERO_SMTP_HOST", "localhost"),
                Map.entry("SEMILLERO_MAIL_FROM", "Semillero <semillero@localhost>"),
                // Plain HTTP on localhost: cookies cannot be Secure-only here.
                Map.entry("SEMILLERO_SECURE_COOKIES", "false")));
        app = builder.start();
        waitForReady();
        seedEventInVoting();

        Files.createDirectories(SHOTS);
    }

    /** A fresh browser, so that nobody inherits the previous person's Keycloak session. */
    private static void openBrowser() {
        if (browser != null) {
            browser.quit();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=es", "--accept-lang=es", "--window-size=1280,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build(),
                options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.destroy();
        }
    }

    @Test
    void the_pipeline_walks_in_spanish_from_idea_and_vote_to_a_project() throws Exception {
        openBrowser();
        WebDriverWait wait = signIn("ana", "demo-ana");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("Ana");
        checkPage("inicio");

        // Propose an idea.
        browser.get(APP + "/ideas/new");
        checkPage("idea-nueva");
        browser.findElement(By.name("title")).sendKeys("Cita previa por SMS (e2e)");
        browser.findElement(By.name("problem")).sendKeys("Las citas se pierden porque nadie las recuerda.");
        browser.findElement(By.name("solution")).sendKeys("Un recordatorio por SMS el día anterior.");
        browser.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("^" + APP + "/ideas/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Cita previa por SMS (e2e)");
        checkPage("idea");

        // Vote: one point to the entry on the ballot.
        browser.get(APP + "/events/e2e-voting/ballot");
        WebElement points = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("points." + submissionId)));
        checkPage("papeleta");
        points.clear();
        points.sendKeys("1");
        browser.findElement(By.cssSelector("form button[type=submit]:not(.secondary)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status], .flash")));
        checkPage("papeleta-votada");

        // Sign out: the session is gone, pages ask to sign in again.
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
        browser.get(APP + "/ideas/new");
        wait.until(ExpectedConditions.urlContains("/realms/semillero/"));

        // Olga, the organizer, closes the vote: the event moves to results.
        openBrowser();
        wait = signIn("olga", "demo-olga");
        browser.get(APP + "/events/e2e-voting");
        checkPage("evento-votacion");
        browser.findElement(By.cssSelector("form.phase-form input[name=to][value=RESULTS] ~ button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/events/e2e-voting/results']")));
        checkPage("evento-resultados");
        browser.get(APP + "/events/e2e-voting/results");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ventanilla única E2E");
        checkPage("resultados");

        // Inés, of the innovation office, promotes the winner to a project.
        openBrowser();
        wait = signIn("ines", "demo-ines");
        browser.get(APP + "/events/e2e-voting/results");
        checkPage("resultados-oficina");
        browser.findElement(By.cssSelector("form[action='/projects/promote'] button")).click();
        wait.until(ExpectedConditions.urlMatches("^" + APP + "/projects/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ventanilla única E2E");
        checkPage("proyecto");
        browser.get(APP + "/projects");
        checkPage("proyectos");
        browser.get(APP + "/no/existe");
        checkPage("no-encontrada");
        assertThat(browser.findElement(By.cssSelector("header a[href='/account']")).getText()).isEqualTo("Idioma y cierre de sesión");
        assertThat(pageChecks).isEqualTo(12);

        try (Connection db = DriverManager.getConnection(JDBC, "semillero", "semillero");
             Statement sql = db.createStatement()) {
            assertThat(count(sql, "select count(*) from idea i join person p on p.id = i.author_id "
                    + "where p.username = 'ana' and i.title = 'Cita previa por SMS (e2e)' and i.state = 'SUBMITTED'")).isEqualTo(1);
            assertThat(count(sql, "select count(*) from vote v join person p on p.id = v.voter_id "
                    + "where p.username = 'ana' and v.submission_id = " + submissionId + " and v.points = 1")).isEqualTo(1);
            assertThat(count(sql, "select count(*) from event where slug = 'e2e-voting' and phase = 'RESULTS'")).isEqualTo(1);
            assertThat(count(sql, "select count(*) from project where title = 'Ventanilla única E2E'")).isEqualTo(1);
            // The team heard of the results and of the promotion, in the inbox and in the outbox.
            assertThat(count(sql, "select count(*) from notification n join person p on p.id = n.person_id "
                    + "where p.subject = 'e2e-lead' and n.type in ('RESULTS_PUBLISHED', 'PROMOTED')")).isEqualTo(2);
        }
    }

    /** Signs in on Keycloak's own page and comes back to Semillero, signed in. */
    private static WebDriverWait signIn(String username, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(APP + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:8180/realms/semillero/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlMatches("^" + APP + "/.*"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .who")));
        return wait;
    }

    /**
     * The page is in Spanish (declared and written), shows no message key, and fits 320 px
     * without sideways scrolling; a screenshot at 1280 and at 320 px is kept.
     */
    private static void checkPage(String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser;
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as(name).isEqualTo("es");
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(KEY.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as(name).isEmpty();
        assertThat(text).as(name).containsAnyOf("Cerrar sesión", "Idioma y cierre de sesión");
        Files.write(SHOTS.resolve(name + "-1280.png"), chrome.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            Files.write(SHOTS.resolve(name + "-320.png"), chrome.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            // What sticks out past the right edge, if anything: tag, class and how far.
            Object wide = chrome.executeScript("""
                    const width = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll, table.list, .visually-hidden'))
                        .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 5);""");
            Object overflow = chrome.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as(name + " sideways scroll at 320 px: " + wide).isLessThanOrEqualTo(0);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        pageChecks++;
    }

    /** An event in voting with one accepted entry from a team Ana is not in. */
    private static void seedEventInVoting() throws Exception {
        try (Connection db = DriverManager.getConnection(JDBC, "semillero", "semillero");
             Statement sql = db.createStatement()) {
            sql.execute("insert into person (subject, username, display_name, department) values ('e2e-lead', 'lead', 'Equipo E2E', 'Sanidad')");
            sql.execute("""
                    insert into event (slug, title, phase, ideation_starts_at, hacking_starts_at, voting_starts_at, results_at,
                                       closes_at, team_size_min, team_size_max, vote_budget, max_votes_per_entry, created_by)
                    select 'e2e-voting', 'Hackathon E2E', 'VOTING', now() - interval '30 days', now() - interval '20 days',
                           now() - interval '1 day', now() + interval '10 days', now() + interval '20 days', 1, 5, 5, 2, id
                    from person where subject = 'e2e-lead'""");
            sql.execute("""
                    insert into team (event_id, name, lead_id) select e.id, 'Equipo E2E', p.id
                    from event e, person p where e.slug = 'e2e-voting' and p.subject = 'e2e-lead'""");
            sql.execute("""
                    insert into team_member (team_id, event_id, person_id) select t.id, t.event_id, t.lead_id
                    from team t where t.name = 'Equipo E2E'""");
            sql.execute("""
                    insert into submission (team_id, event_id, title, summary, status, finalized_at)
                    select t.id, t.event_id, 'Ventanilla única E2E', 'Un prototipo.', 'ACCEPTED', now()
                    from team t where t.name = 'Equipo E2E'""");
            submissionId = count(sql, "select id from submission where title = 'Ventanilla única E2E'");
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void waitForReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("the service stopped; see target/e2e-service.log");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready; see target/e2e-service.log");
    }

    private static void run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit);
        }
    }

    private static void requireFile(String path, String what) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(what + " is needed at " + path);
        }
    }
}
