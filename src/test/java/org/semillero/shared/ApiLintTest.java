package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lints the API document with the rules of Spectral's {@code spectral:oas} ruleset that a client
 * generator and a reader depend on (operation ids, tags, descriptions, servers, contact, security,
 * path parameters, enums, unused components), plus the contract's own: every error documented as
 * {@code application/problem+json} with the Problem schema, 201 with Location. Any finding fails.
 */
@QuarkusTest
class ApiLintTest {

    private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]+$");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> ERRORS = Set.of("400", "401", "403", "404", "406", "409", "413", "415", "503");

    private String json;
    private OpenAPI doc;
    private final List<String> findings = new ArrayList<>();

    @BeforeEach
    void read() {
        json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        result.getMessages().forEach(m -> findings.add("oas3-schema: " + m));
        doc = result.getOpenAPI();
    }

    @Test
    void the_document_has_no_lint_findings() {
        lint();
        assertThat(findings).isEmpty();
        assertThat(doc.getPaths()).hasSizeGreaterThan(60);
    }

    @Test
    void the_linter_finds_what_it_is_meant_to_find() {
        Operation any = doc.getPaths().values().iterator().next().readOperations().get(0);
        any.setOperationId("not an id");
        any.setDescription(null);
        any.setTags(List.of("Nowhere"));
        any.getResponses().remove("401");
        doc.getInfo().setContact(null);
        doc.setServers(List.of(new Server().url("https://example.com/")));
        lint();
        assertThat(findings).anyMatch(f -> f.startsWith("operation-operationId-valid-in-url"))
                .anyMatch(f -> f.startsWith("operation-description"))
                .anyMatch(f -> f.startsWith("operation-tag-defined"))
                .anyMatch(f -> f.startsWith("contract-errors"))
                .anyMatch(f -> f.startsWith("info-contact"))
                .anyMatch(f -> f.startsWith("oas3-server-trailing-slash"))
                .anyMatch(f -> f.startsWith("oas3-server-not-example.com"));
    }

    private void lint() {
        info();
        servers();
        Set<String> tags = tags();
        Set<String> ids = new HashSet<>();
        Map<String, ?> schemes = doc.getComponents().getSecuritySchemes();
        doc.getPaths().forEach((path, item) -> {
            pathRules(path);
            item.readOperationsMap().forEach((method, op) -> operation(path, method, op, tags, ids, schemes));
        });
        components();
    }

    private void info() {
        if (doc.getInfo() == null) {
            findings.add("info: missing");
            return;
        }
        if (doc.getInfo().getContact() == null) {
            findings.add("info-contact: info.contact missing");
        } else if (doc.getInfo().getContact().getName() == null || doc.getInfo().getContact().getEmail() == null
                || doc.getInfo().getContact().getUrl() == null) {
            findings.add("contact-properties: contact needs name, email and url");
        } else if (!doc.getInfo().getContact().getEmail().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            findings.add("oas3-schema: info.contact.email is not an e-mail address");
        }
        if (blank(doc.getInfo().getDescription())) {
            findings.add("info-description: missing");
        }
    }

    private void servers() {
        if (doc.getServers() == null || doc.getServers().isEmpty()) {
            findings.add("oas3-api-servers: no servers");
            return;
        }
        for (Server server : doc.getServers()) {
            String url = server.getUrl();
            if (blank(url)) {
                findings.add("oas3-api-servers: server without url");
                continue;
            }
            if (url.endsWith("/")) {
                findings.add("oas3-server-trailing-slash: " + url);
            }
            if (url.matches("^https?://example\\.com.*")) {
                findings.add("oas3-server-not-example.com: " + url);
            }
            Set<String> used = templates(url);
            Set<String> defined = server.getVariables() == null ? Set.of() : server.getVariables().keySet();
            if (!used.equals(defined)) {
                findings.add("oas3-server-variables: " + url + " uses " + used + ", defines " + defined);
            }
        }
    }

    private Set<String> tags() {
        Set<String> names = new LinkedHashSet<>();
        if (doc.getTags() == null || doc.getTags().isEmpty()) {
            findings.add("openapi-tags: no top-level tags");
            return names;
        }
        for (Tag tag : doc.getTags()) {
            if (!names.add(tag.getName())) {
                findings.add("openapi-tags-uniqueness: " + tag.getName());
            }
            if (blank(tag.getDescription())) {
                findings.add("tag-description: " + tag.getName());
            }
        }
        return names;
    }

    private void pathRules(String path) {
        if (path.endsWith("/")) {
            findings.add("path-keys-no-trailing-slash: " + path);
        }
        if (path.contains("?")) {
            findings.add("path-not-include-query: " + path);
        }
        if (path.contains("{}")) {
            findings.add("path-declarations-must-exist: " + path);
        }
    }

    private void operation(String path, PathItem.HttpMethod method, Operation op, Set<String> tags, Set<String> ids,
                           Map<String, ?> schemes) {
        String where = method + " " + path;
        if (blank(op.getOperationId())) {
            findings.add("operation-operationId: " + where);
        } else {
            if (!ids.add(op.getOperationId())) {
                findings.add("operation-operationId-unique: " + op.getOperationId());
            }
            if (!URL_SAFE.matcher(op.getOperationId()).matches()) {
                findings.add("operation-operationId-valid-in-url: " + where);
            }
        }
        if (blank(op.getSummary())) {
            findings.add("operation-summary: " + where);
        }
        if (blank(op.getDescription())) {
            findings.add("operation-description: " + where);
        } else if (op.getDescription().contains("<script") || op.getDescription().contains("eval(")) {
            findings.add("no-script-tags-in-markdown: " + where);
        }
        if (op.getTags() == null || op.getTags().isEmpty()) {
            findings.add("operation-tags: " + where);
        } else {
            op.getTags().stream().filter(t -> !tags.contains(t))
                    .forEach(t -> findings.add("operation-tag-defined: " + where + " " + t));
        }
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            findings.add("security: " + where + " has no security requirement");
        } else {
            op.getSecurity().forEach(req -> req.keySet().stream().filter(s -> schemes == null || !schemes.containsKey(s))
                    .forEach(s -> findings.add("oas3-operation-security-defined: " + where + " " + s)));
        }
        parameters(path, where, op);
        responses(where, op);
    }

    private void parameters(String path, String where, Operation op) {
        Set<String> seen = new HashSet<>();
        Set<String> pathParams = new HashSet<>();
        for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
            if (!seen.add(p.getIn() + ":" + p.getName())) {
                findings.add("operation-parameters: " + where + " repeats " + p.getName());
            }
            if ("path".equals(p.getIn())) {
                pathParams.add(p.getName());
                if (!Boolean.TRUE.equals(p.getRequired())) {
                    findings.add("path-params: " + where + " " + p.getName() + " not required");
                }
            }
        }
        if (!pathParams.equals(templates(path))) {
            findings.add("path-params: " + where + " declares " + pathParams);
        }
    }

    private void responses(String where, Operation op) {
        if (op.getResponses() == null || op.getResponses().keySet().stream().noneMatch(s -> s.matches("[23]\\d\\d"))) {
            findings.add("operation-success-response: " + where);
            return;
        }
        if (!op.getResponses().keySet().containsAll(Set.of("401", "503"))) {
            findings.add("contract-errors: " + where + " lacks 401 or 503");
        }
        op.getResponses().forEach((status, response) -> {
            if (blank(response.getDescription())) {
                findings.add("response-description: " + where + " " + status);
            }
            if (ERRORS.contains(status) && !problem(response)) {
                findings.add("contract-errors: " + where + " " + status + " is not a Problem");
            }
            if (status.equals("201") && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                findings.add("contract-created: " + where + " 201 without Location");
            }
        });
    }

    private static boolean problem(ApiResponse response) {
        MediaType media = response.getContent() == null ? null : response.getContent().get("application/problem+json");
        return media != null && media.getSchema() != null
                && "#/components/schemas/Problem".equals(media.getSchema().get$ref());
    }

    private void components() {
        doc.getComponents().getSchemas().forEach((name, schema) -> {
            if (!json.contains("\"#/components/schemas/" + name + "\"")) {
                findings.add("oas3-unused-component: " + name);
            }
            enums(name, schema);
        });
    }

    @SuppressWarnings("rawtypes")
    private void enums(String where, Schema schema) {
        if (schema.getEnum() != null) {
            if (new HashSet<>(schema.getEnum()).size() != schema.getEnum().size()) {
                findings.add("duplicated-entry-in-enum: " + where);
            }
            if (schema.getType() == null && (schema.getTypes() == null || schema.getTypes().isEmpty())) {
                findings.add("typed-enum: " + where);
            }
        }
        if (schema.getProperties() != null) {
            ((Map<?, ?>) schema.getProperties()).forEach((k, v) -> enums(where + "." + k, (Schema) v));
        }
        if (schema.getItems() != null) {
            enums(where + "[]", schema.getItems());
        }
    }

    private static Set<String> templates(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = TEMPLATE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
