package org.semillero.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment files parse and say what operations rely on: probes, non-root, read-only
 * root filesystem, graceful stop, a shared session secret, the realm's client and roles, and
 * kustomize builds of the base and the production overlay (when kubectl or kustomize is
 * installed).
 */
class DeploymentFilesTest {

    private static final Path DEPLOYMENT = Path.of("deployment");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void every_manifest_parses_and_the_base_has_the_expected_objects() throws IOException {
        Map<String, JsonNode> byKind = new HashMap<>();
        for (Path file : yamlFiles(DEPLOYMENT.resolve("kubernetes"))) {
            for (JsonNode doc : documents(Files.readString(file))) {
                assertThat(doc.path("apiVersion").asText()).as(file + " apiVersion").isNotBlank();
                if (file.startsWith(DEPLOYMENT.resolve("kubernetes/base")) && doc.has("kind")) {
                    byKind.put(doc.get("kind").asText(), doc);
                }
            }
        }
        assertThat(byKind).containsKeys("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "ConfigMap", "Secret", "NetworkPolicy", "Kustomization");

        JsonNode pod = byKind.get("Deployment").path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        // Probes and metrics on the management port, which the Service does not expose.
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("management");
        }
        assertThat(container.path("ports").toString()).contains("\"containerPort\":9000");
        assertThat(byKind.get("Service").path("spec").path("ports").toString()).doesNotContain("management", "9000");
        assertThat(byKind.get("NetworkPolicy").path("spec").path("ingress").get(0).path("ports").toString())
                .contains("8080").doesNotContain("9000");
        assertThat(byKind.get("ConfigMap").path("data").path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText()).isNotBlank();
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotBlank();
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThan(25);
        assertThat(byKind.get("Secret").path("stringData").has("SEMILLERO_SESSION_SECRET")).isTrue();
        assertThat(byKind.get("Secret").path("stringData").has("SEMILLERO_CSRF_KEY")).isTrue();
        assertThat(byKind.get("Secret").path("stringData").has("SEMILLERO_UNSUBSCRIBE_KEY")).isTrue();
        assertThat(byKind.get("ConfigMap").path("data").path("SEMILLERO_SMTP_HOST").asText()).isNotBlank();
        assertThat(byKind.get("ConfigMap").path("data").path("SEMILLERO_PUBLIC_URL").asText()).startsWith("https://");
        assertThat(byKind.get("ConfigMap").path("data").path("QUARKUS_SHUTDOWN_TIMEOUT").asText()).isNotBlank();
    }

    @Test
    void the_production_overlay_adds_a_highly_available_postgres_with_backups() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (Path file : yamlFiles(DEPLOYMENT.resolve("kubernetes/overlays/production"))) {
            docs.addAll(documents(Files.readString(file)));
        }
        JsonNode cluster = docs.stream().filter(d -> d.path("kind").asText().equals("Cluster")).findFirst().orElseThrow();
        assertThat(cluster.path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").isMissingNode()).isFalse();
        assertThat(docs).anyMatch(d -> d.path("kind").asText().equals("ScheduledBackup"));
    }

    @Test
    void kustomize_builds_the_base_and_the_production_overlay() throws Exception {
        String tool = onPath("kubectl") ? "kubectl" : onPath("kustomize") ? "kustomize" : null;
        assumeTrue(tool != null, "neither kubectl nor kustomize is installed");
        for (String dir : List.of("deployment/kubernetes/base", "deployment/kubernetes/overlays/production")) {
            List<String> command = tool.equals("kubectl") ? List.of("kubectl", "kustomize", dir) : List.of("kustomize", "build", dir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(dir + ": " + output).isZero();
            List<String> kinds = documents(output).stream().map(d -> d.path("kind").asText()).toList();
            assertThat(kinds).as(dir).contains("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                    "NetworkPolicy", "ConfigMap", "Secret");
            if (dir.endsWith("production")) {
                assertThat(kinds).contains("Cluster", "ScheduledBackup", "Ingress", "Namespace");
            }
        }
    }

    @Test
    void compose_runs_postgres_keycloak_and_the_service_with_secrets_from_the_environment() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOYMENT.resolve("compose/compose.yaml").toFile());
        assertThat(compose.path("services").has("db")).isTrue();
        assertThat(compose.path("services").has("keycloak")).isTrue();
        JsonNode app = compose.path("services").path("app");
        assertThat(app.path("build").path("dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(app.path("environment").path("SEMILLERO_SESSION_SECRET").asText()).startsWith("${");
        assertThat(app.path("environment").path("SEMILLERO_CSRF_KEY").asText()).startsWith("${");
        assertThat(app.path("environment").path("SEMILLERO_UNSUBSCRIBE_KEY").asText()).startsWith("${");
        assertThat(app.path("environment").path("SEMILLERO_SMTP_HOST").asText()).startsWith("${");
        assertThat(app.path("environment").path("QUARKUS_DATASOURCE_PASSWORD").asText()).startsWith("${");
        assertThat(Files.exists(Path.of("src/main/docker/Dockerfile.jvm"))).isTrue();
        assertThat(Files.readString(Path.of("src/main/docker/Dockerfile.jvm"))).contains("USER 185").contains("HEALTHCHECK");
    }

    @Test
    void the_realm_has_the_confidential_client_the_roles_and_the_department_claim() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(DEPLOYMENT.resolve("keycloak/semillero-realm.json").toFile());
        assertThat(realm.path("realm").asText()).isEqualTo("semillero");
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).contains("officer", "organizer", "innovation-office", "admin");
        JsonNode client = realm.path("clients").get(0);
        assertThat(client.path("clientId").asText()).isEqualTo("semillero");
        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("redirectUris").toString()).contains("http://localhost:8080/*");
        assertThat(client.path("protocolMappers").toString()).contains("\"claim.name\":\"department\"");
        assertThat(realm.path("users").size()).isGreaterThanOrEqualTo(4);
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<JsonNode> documents(String text) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(text)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
