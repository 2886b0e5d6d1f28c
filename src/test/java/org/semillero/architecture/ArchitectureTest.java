package org.semillero.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of docs/architecture.md ("Packages and their dependencies"), kept true by the build. */
class ArchitectureTest {

    /**
     * Which features each feature may use (its services, entities and views). The same table
     * is in docs/architecture.md; a new edge is a design decision: add it to both.
     */
    static final Map<String, List<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("audit", List.of()),
            Map.entry("notification", List.of()),
            Map.entry("learning", List.of("audit", "event", "notification")),
            Map.entry("people", List.of("audit", "event", "learning")),
            Map.entry("event", List.of("audit", "people", "challenge", "notification")),
            Map.entry("challenge", List.of("audit", "people", "event", "comment")),
            Map.entry("idea", List.of("audit", "people", "event", "challenge", "comment", "notification")),
            Map.entry("comment", List.of("audit", "people", "idea", "challenge", "notification")),
            Map.entry("team", List.of("audit", "people", "event", "challenge", "idea", "judging", "notification")),
            Map.entry("vote", List.of("event", "notification")),
            Map.entry("judging", List.of("audit", "people", "event", "vote", "notification")),
            Map.entry("backlog", List.of("audit", "people", "event", "notification")),
            Map.entry("catalogue", List.of("audit", "backlog")),
            Map.entry("dashboard", List.of("backlog", "learning", "catalogue")),
            Map.entry("home", List.of("people", "event", "idea", "team")),
            Map.entry("review", List.of("challenge", "idea", "team"))));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.semillero");
    }

    @Test
    void pages_never_depend_on_resources_nor_resources_on_pages() {
        noClasses().that().haveSimpleNameEndingWith("Pages").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("Resource").because("both ask the services and share views, never each other")
                .check(classes);
        noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("Pages").check(classes);
    }

    @Test
    void services_know_nothing_of_the_web_layer() {
        noClasses().that().haveSimpleNameEndingWith("Service").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("Pages").orShould().dependOnClassesThat()
                .haveSimpleNameEndingWith("Resource").check(classes);
    }

    @Test
    void nothing_depends_on_the_demo_data() {
        noClasses().that().resideOutsideOfPackage("org.semillero.demo..").should().dependOnClassesThat()
                .resideInAPackage("org.semillero.demo..").because("demo data is loaded in dev mode only")
                .check(classes);
    }

    @Test
    void shared_code_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.semillero.shared..").should().dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage("org.semillero..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.semillero.shared.."))))
                .check(classes);
    }

    @Test
    void features_use_only_the_features_they_declare() {
        for (Map.Entry<String, List<String>> feature : ALLOWED.entrySet()) {
            List<String> packages = new ArrayList<>();
            packages.add("org.semillero." + feature.getKey() + "..");
            packages.add("org.semillero.shared..");
            feature.getValue().forEach(other -> packages.add("org.semillero." + other + ".."));
            classes().that().resideInAPackage("org.semillero." + feature.getKey() + "..").should()
                    .onlyDependOnClassesThat(DescribedPredicate.describe("in " + packages + " or outside org.semillero",
                            (JavaClass c) -> !c.getPackageName().startsWith("org.semillero")
                                    || packages.stream().anyMatch(p -> c.getPackageName().equals(p.substring(0, p.length() - 2))
                                            || c.getPackageName().startsWith(p.substring(0, p.length() - 1)))))
                    .check(classes);
        }
    }
}
