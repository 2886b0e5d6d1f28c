package org.semillero.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the API document promises for an operation, compared with what the service answered. */
public final class ApiContract {

    private final JsonNode document;

    private ApiContract(JsonNode document) {
        this.document = document;
    }

    public static ApiContract load() {
        try {
            return new ApiContract(new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /**
     * Everything about {@code response} that the document does not promise for the operation at
     * {@code template}: an undocumented status, another content type, a 201 without Location.
     */
    public List<String> breaches(String method, String template, Response response) {
        List<String> breaches = new ArrayList<>();
        String where = method + " " + template + " -> " + response.statusCode();
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            breaches.add(where + ": no such operation in the document");
            return breaches;
        }
        JsonNode documented = operation.path("responses").path(String.valueOf(response.statusCode()));
        if (documented.isMissingNode()) {
            breaches.add(where + ": status not documented");
            return breaches;
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (!response.asString().isEmpty()) {
                breaches.add(where + ": documented without a body, answered " + contentType);
            }
        } else if (!content.has(contentType)) {
            breaches.add(where + ": answered " + contentType + ", documented " + content.fieldNames().next());
        }
        if (response.statusCode() == 201 && response.header("Location") == null) {
            breaches.add(where + ": 201 without Location");
        }
        return breaches;
    }
}
