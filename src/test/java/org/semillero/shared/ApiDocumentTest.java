package org.semillero.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API document is the contract of the JSON API, and nothing else. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void the_document_holds_only_api_operations_and_no_template_types() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").asString());
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/v1/"));
        List<String> schemas = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(schemas::add);
        assertThat(schemas).as("schemas").noneMatch(s -> s.contains("Template") || s.contains("Variant")
                || s.equals("AtomicLong") || s.equals("Locale") || s.equals("Engine") || s.startsWith("JsonNode"));
    }
}
