package org.semillero.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.semillero.support.Tables;

/**
 * Walks every operation of the service's own OpenAPI document and sends malformed requests:
 * bodies that are not JSON or of the wrong shape, each field with a wrong type, huge strings,
 * unicode edge cases, negative and huge numbers, unknown enum values, unknown extra fields,
 * and bad path and query values. Every answer must be a 4xx problem+json (never a 5xx, never
 * a success), and no table may change.
 */
@QuarkusTest
class BadInputSweepTest {

    private static final String HUGE = "x".repeat(20_000);
    private static final List<String> EDGE_STRINGS = List.of(HUGE, "\u0000", "\uD800", "\u202Eevil\u202C",
            "💥🌱ñÑ", "' or 1=1 --", "<script>alert(1)</script>", " ", "");
    private static final List<Object> BAD_NUMBERS = List.of(-1, -2_147_483_649L, Long.MAX_VALUE, 1e308, 0.5, "12abc");
    private static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1.5",
            "%E2%80%AE", "%00", "no-such-" + "z".repeat(300), "%27%20or%201%3D1");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** One malformed request and what came back. */
    record Outcome(String method, String path, String what, int status, String contentType, String body) {
    }

    @Test
    @TestSecurity(user = "sweep-admin", roles = {"officer", "organizer", "innovation-office", "admin"})
    void malformed_requests_to_every_operation_get_a_problem_and_change_nothing() throws Exception {
        given().when().get("/api/v1/people/me").then().statusCode(200); // the profile exists before counting
        JsonNode openApi = json.readTree(given().when().get("/q/openapi?format=json").asString());
        Map<String, Long> before = rowCounts();

        List<Outcome> outcomes = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                List<Outcome> sent = sweep(openApi, method, path.getKey(), path.getValue().path("parameters"), op.getValue());
                sent.stream().filter(o -> !op.getValue().path("responses").has(String.valueOf(o.status())))
                        .forEach(o -> undocumented.add(o.method() + " " + path.getKey() + " " + o.what() + " -> " + o.status()));
                outcomes.addAll(sent);
            }
        }

        List<Outcome> wrong = outcomes.stream().filter(o -> o.status() < 400 || o.status() >= 500
                || !o.contentType().startsWith("application/problem+json")).toList();
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(40);
        assertThat(outcomes.size()).as("malformed requests sent").isGreaterThan(1000);
        assertThat(wrong).as("answers that are not a 4xx problem+json").isEmpty();
        assertThat(undocumented).as("statuses the operation does not document").isEmpty();
        assertThat(rowCounts()).as("row counts after the sweep").isEqualTo(before);
    }

    /** {@code shared}: parameters declared for every operation of the path (e.g. a sub-resource's id). */
    private List<Outcome> sweep(JsonNode openApi, String method, String template, JsonNode shared, JsonNode operation) {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        List<JsonNode> queryParams = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        shared.forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                pathParams.add(parameter.path("name").asText());
            } else if ("query".equals(parameter.path("in").asText())) {
                queryParams.add(parameter);
            }
        }
        // Path values that name nothing: the request is well formed up to the lookup.
        String absent = fill(template, pathParams, name -> name.toLowerCase().contains("slug") ? "no-such-event" : "987654321");

        for (String bad : BAD_PATH_VALUES) {
            if (!pathParams.isEmpty()) {
                String url = fill(template, pathParams, name -> bad);
                outcomes.add(send(method, url, "path=" + bad, null, null));
            }
        }
        for (JsonNode query : queryParams) {
            String name = query.path("name").asText();
            JsonNode type = resolve(openApi, query.path("schema"));
            List<Object> bad = switch (type.path("type").asText()) {
                case "integer", "number" -> List.of("abc", "-5", "99999999999999999999", "1e400");
                case "boolean" -> List.of("maybe");
                default -> type.has("enum") ? List.of("NOPE", "") : List.of();
            };
            for (Object value : bad) {
                outcomes.add(sendQuery(method, absent, name, value));
            }
        }
        JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!body.isMissingNode()) {
            JsonNode schema = resolve(openApi, body);
            for (String raw : List.of("not json", "{", "[]", "\"text\"", "123", "null", "{\"a\":", "{}")) {
                if (raw.equals("{}") && pathParams.isEmpty() && !hasRequired(schema)) {
                    continue; // an all-optional body is a valid request
                }
                outcomes.add(send(method, absent, "body=" + raw, raw, "application/json"));
            }
            outcomes.add(send(method, absent, "body unknown field", "{\"zzUnknown\": 1}", "application/json"));
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode type = resolve(openApi, prop.getValue());
                for (Object value : badValuesFor(type)) {
                    ObjectNode one = json.createObjectNode();
                    one.set(prop.getKey(), json.valueToTree(value));
                    one.put("zzUnknown", true);
                    outcomes.add(send(method, absent, "body " + prop.getKey() + "=" + abbreviate(value), one.toString(),
                            "application/json"));
                }
            }
            outcomes.add(send(method, absent, "body as text/plain", "hello", "text/plain"));
        }
        if (!pathParams.isEmpty() && body.isMissingNode() && !method.equals("GET")) {
            outcomes.add(send(method, absent, "absent target", null, null));
        }
        return outcomes;
    }

    private static List<Object> badValuesFor(JsonNode type) {
        List<Object> values = new ArrayList<>();
        String kind = type.path("type").asText();
        switch (kind) {
            case "integer", "number" -> values.addAll(BAD_NUMBERS);
            case "boolean" -> values.addAll(List.of("yes", 2, List.of(true)));
            case "array" -> values.addAll(List.of("not a list", Map.of("a", 1), List.of(HUGE)));
            case "object" -> values.addAll(List.of("not an object", List.of(1)));
            default -> {
                values.addAll(EDGE_STRINGS);
                values.addAll(List.of(12, List.of("a"), Map.of("a", 1)));
                if (type.has("enum")) {
                    values.add("NOPE");
                }
            }
        }
        return values;
    }

    private Outcome send(String method, String url, String what, String body, String contentType) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (body != null) {
            request = request.contentType(contentType + "; charset=UTF-8").body(body);
        }
        return outcome(method, url, what, request);
    }

    private Outcome sendQuery(String method, String url, String name, Object value) {
        return outcome(method, url, "query " + name + "=" + abbreviate(value), given().queryParam(name, value));
    }

    private static Outcome outcome(String method, String url, String what, RequestSpecification request) {
        Response response = request.accept("application/json").request(method, url);
        return new Outcome(method, url, what, response.statusCode(), String.valueOf(response.contentType()),
                abbreviate(response.asString()));
    }

    private static String fill(String template, List<String> names, java.util.function.Function<String, String> value) {
        String url = template;
        for (String name : names) {
            url = url.replace("{" + name + "}", value.apply(name));
        }
        return url;
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 5 && current.has("$ref"); depth++) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = openApi;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(openApi, current.get("allOf").get(0));
        }
        return current;
    }

    private static boolean hasRequired(JsonNode schema) {
        return schema.has("required") && schema.get("required").size() > 0;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
    }

    private Map<String, Long> rowCounts() throws Exception {
        return Tables.rowCounts(dataSource);
    }
}
