package org.semillero.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.shared.i18n.Messages;
import org.semillero.shared.security.Roles;

/**
 * Both languages are complete, and every key the code builds at run time (an error's message
 * key, a flash, an enum's name) exists. Keys written in templates need no test: the build
 * checks them against the bundles.
 */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:flash|problem|validation|event|profile|form|layout|challenge|idea|comment|team|submission|vote|jury|results|project|gate|dashboard|certificate|service|import)\\.[a-z][\\w.-]*[\\w])\"");
    private static final Pattern PROBLEM_CODE = Pattern.compile(
            "DomainException\\.(?:notFound|forbidden|conflict)\\(\"([a-z-]+)\"\\)");
    private static final Pattern ACTIVITY_KIND = Pattern.compile("record\\([^,]+, \"([A-Z_]*[A-Z])\"");

    @Test
    void english_and_spanish_have_the_same_keys_and_no_empty_texts() throws IOException {
        Properties en = load("");
        Properties es = load("_es");
        assertThat(es.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties bundle : new Properties[] {en, es}) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        }
    }

    /** Keys chosen at run time are looked up across bundles by name, so a name lives in one bundle only. */
    @Test
    void no_message_name_is_in_two_bundles() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (Class<?> bundle : Messages.BUNDLES) {
            for (java.lang.reflect.Method method : bundle.getMethods()) {
                assertThat(owner.put(method.getName(), bundle.getSimpleName())).as(method.getName()).isNull();
            }
        }
    }

    /** Past 300 messages a bundle is generated into code that fails to load, so areas get their own. */
    @Test
    void every_bundle_stays_under_three_hundred_messages() {
        for (Class<?> bundle : Messages.BUNDLES) {
            assertThat(bundle.getMethods().length).as(bundle.getSimpleName()).isBetween(1, 299);
        }
    }

    @Test
    void every_key_used_by_templates_and_code_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(SOURCES, ".java", JAVA_KEY, "", used);
        collect(SOURCES, ".java", PROBLEM_CODE, "problem.", used);
        collect(SOURCES, ".java", ACTIVITY_KIND, "activity.", used);
        for (EventPhase phase : EventPhase.values()) {
            used.add("phase." + phase.name());
        }
        for (EventAction action : EventAction.values()) {
            used.add("problem.wrong-phase." + action.name());
        }
        for (org.semillero.idea.IdeaAction action : org.semillero.idea.IdeaAction.values()) {
            used.add("problem.idea-transition." + action.name());
            used.add("activity.IDEA_" + action.name());
        }
        for (String answer : new String[] {"accept", "decline", "withdraw"}) {
            used.add("flash.team.request-" + answer);
        }
        for (String kind : new String[] {"CREATED", "JOINED", "LEFT", "REMOVED", "LEAD_CHANGED", "MOVED_IN",
                "MOVED_OUT", "DISSOLVED"}) {
            used.add("team.history." + kind);
        }
        for (org.semillero.team.Submission.Status status : org.semillero.team.Submission.Status.values()) {
            used.add("submission.status." + status.name());
        }
        for (var component : org.semillero.team.TeamInputs.SubmissionInput.class.getRecordComponents()) {
            used.add("submission.field." + component.getName());
        }
        for (var component : org.semillero.team.TeamInputs.TeamInput.class.getRecordComponents()) {
            used.add("team.field." + component.getName());
        }
        for (String action : new String[] {"submit", "withdraw", "shortlist", "decline", "merge"}) {
            used.add("flash.idea." + action);
        }
        used.remove("activity.IDEA_EDIT");
        used.remove("activity.IDEA_SUPPORT");
        used.remove("activity.IDEA_COMMENT");
        org.semillero.backlog.StageGates.GATES.values().forEach(gates -> gates.forEach(g -> used.add("gate." + g.code())));
        for (org.semillero.backlog.ProjectStage stage : org.semillero.backlog.ProjectStage.values()) {
            used.add("project.stage." + stage.name());
        }
        for (String kind : new String[] {"PROMOTED", "EDITED", "STAGE", "MILESTONE_ADDED", "MILESTONE_DONE",
                "MILESTONE_REOPENED", "UPDATE", "KPI"}) {
            used.add("project.history." + kind);
        }
        for (String role : new String[] {"MEMBER", "LEAD", "JUDGE", "IDEA_AUTHOR"}) {
            used.add("certificate.role." + role);
        }
        for (String kind : new String[] {"CHALLENGE", "IDEA", "TEAM", "JUDGE", "PROJECT"}) {
            used.add("profile.took-part." + kind);
        }
        org.semillero.dashboard.DashboardService.STEPS.forEach((cohort, steps) -> {
            used.add("portfolio.cohort." + cohort.name());
            used.add("portfolio.funnel-means." + cohort.name());
            steps.forEach(step -> {
                used.add("portfolio.step." + step);
                used.add("portfolio.step-means." + step);
            });
        });
        org.semillero.dashboard.DashboardService.LEAD_TIMES.forEach(key -> used.add("portfolio.lead." + key));
        org.semillero.dashboard.DashboardService.ACTIVITY.forEach(key -> used.add("portfolio.activity." + key));
        Roles.ALL.forEach(role -> used.add("role." + role));
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 415, 500}) {
            used.add("problem.title." + status);
        }
        for (var component : org.semillero.event.EventInputs.EventInput.class.getRecordComponents()) {
            used.add("event.field." + component.getName());
        }
        for (var component : org.semillero.people.PersonInputs.ProfileInput.class.getRecordComponents()) {
            used.add("profile.field." + component.getName());
        }
        used.add("event.field.reason");
        for (org.semillero.notification.NotificationType type : org.semillero.notification.NotificationType.values()) {
            used.add("notification.type." + type.name());
        }
        for (org.semillero.notification.Category category : org.semillero.notification.Category.values()) {
            used.add("notification.category." + category.key());
        }
        for (org.semillero.notification.Delivery delivery : org.semillero.notification.Delivery.values()) {
            used.add("notification.delivery." + delivery.name());
            if (delivery != org.semillero.notification.Delivery.OFF) {
                used.add("outbox.kind." + delivery.name());
            }
        }
        for (String status : new String[] {"PENDING", "SENT", "FAILED", "SKIPPED"}) {
            used.add("outbox.status." + status);
        }
        for (String kind : new String[] {"application", "invitation", "coauthor", "ballot", "scoring", "review"}) {
            used.add("waiting." + kind);
        }
        for (org.semillero.learning.Workshop.Format format : org.semillero.learning.Workshop.Format.values()) {
            used.add("workshop.format." + format.name());
        }
        for (int rating = 1; rating <= 5; rating++) {
            used.add("workshop.rating." + rating);
        }
        for (var component : org.semillero.learning.WorkshopInputs.WorkshopInput.class.getRecordComponents()) {
            used.add("workshop.field." + component.getName());
        }
        for (String field : new String[] {"code", "rating", "comment", "reason", "present", "attendance"}) {
            used.add("workshop.field." + field);
        }
        for (String kind : new String[] {"DAILY", "WEEKLY"}) {
            used.add("mail.digest.subject." + kind);
            used.add("mail.digest.intro." + kind);
        }
        assertThat(used).hasSizeGreaterThan(100);
        Set<String> bundleNames = new TreeSet<>();
        used.forEach(key -> bundleNames.add(Messages.key(key)));
        assertThat(load("").stringPropertyNames()).containsAll(bundleNames);
        assertThat(load("_es").stringPropertyNames()).containsAll(bundleNames);
    }

    private static void collect(Path root, String suffix, Pattern pattern, String prefix, Set<String> into)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(prefix + matcher.group(1));
                }
            }
        }
    }

    /** Every bundle's texts in one language: {@code ""} for English, {@code "_es"} for Spanish. */
    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        for (Class<?> bundle : Messages.BUNDLES) {
            String name = bundle.getAnnotation(MessageBundle.class).value() + suffix + ".properties";
            try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("messages").resolve(name), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
