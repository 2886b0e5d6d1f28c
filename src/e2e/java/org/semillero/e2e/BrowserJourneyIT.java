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
 * driven by Selenium. Ana signs in on Keycloak's page, proposes an idea, votes in an event in
 * voting, and signs out. Run with {@code ./mvnw verify -Pe2e} (see docs/operations.md).
 */
class BrowserJourneyIT {

    private static final String APP = "http://localhost:8080";
    private static final String DB = "semillero_e2e";
    private static final String JDBC = "jdbc:postgresql://localhost:5432/" + DB;
    private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

    private static Process app;
    private static WebDriver browser;
    private static long submissionId;

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
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", JDBC,
                "QUARKUS_DATASOURCE_USERNAME", "semillero",
                "QUARKUS_DATASOURCE_PASSWORD", "semillero",
                "QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/semillero",
                "QUARKUS_OIDC_CLIENT_ID", "semillero",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "change-me-semillero-client-secret",
                "SEMILLERO_SESSION_SECRET", "e2e-only-session-secret-0123456789abcdef",
                "SEMILLERO_CSRF_KEY", "e2e-only-csrf-signature-key-0123456789abcdef",
                // Plain HTTP on localhost: cookies cannot be Secure-only here.
                "SEMILLERO_SECURE_COOKIES", "false"));
        app = builder.start();
        waitForReady();
        seedEventInVoting();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=es", "--window-size=1280,1000");
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
    void an_officer_signs_in_proposes_an_idea_votes_and_signs_out() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        // Sign in on Keycloak's own page.
        browser.get(APP + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith("http://localhost:8180/realms/semillero/");
        browser.findElement(By.id("username")).sendKeys("ana");
        browser.findElement(By.id("password")).sendKeys("demo-ana");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlMatches("^" + APP + "/.*"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .who")));
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("Ana");

        // Propose an idea.
        browser.get(APP + "/ideas/new");
        browser.findElement(By.name("title")).sendKeys("Cita previa por SMS (e2e)");
        browser.findElement(By.name("problem")).sendKeys("Las citas se pierden porque nadie las recuerda.");
        browser.findElement(By.name("solution")).sendKeys("Un recordatorio por SMS el día anterior.");
        browser.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("^" + APP + "/ideas/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Cita previa por SMS (e2e)");

        // Vote: one point to the entry on the ballot.
        browser.get(APP + "/events/e2e-voting/ballot");
        WebElement points = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("points." + submissionId)));
        points.clear();
        points.sendKeys("1");
        browser.findElement(By.cssSelector("form button[type=submit]:not(.secondary)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status], .flash")));

        // Sign out: the session is gone, pages ask to sign in again.
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
        browser.get(APP + "/ideas/new");
        wait.until(ExpectedConditions.urlContains("/realms/semillero/"));

        try (Connection db = DriverManager.getConnection(JDBC, "semillero", "semillero");
             Statement sql = db.createStatement()) {
            assertThat(count(sql, "select count(*) from idea i join person p on p.id = i.author_id "
                    + "where p.username = 'ana' and i.title = 'Cita previa por SMS (e2e)' and i.state = 'SUBMITTED'")).isEqualTo(1);
            assertThat(count(sql, "select count(*) from vote v join person p on p.id = v.voter_id "
                    + "where p.username = 'ana' and v.submission_id = " + submissionId + " and v.points = 1")).isEqualTo(1);
        }
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
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(APP + "/q/health/ready")).build(),
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
