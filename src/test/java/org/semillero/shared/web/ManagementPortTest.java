package org.semillero.shared.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The production settings of the operations endpoints (application.properties, %prod): health and
 * metrics only on the management port, the API description and Swagger UI off unless
 * SEMILLERO_API_DOCS=true; the public port serves pages and the API only.
 */
@QuarkusTest
@TestProfile(ManagementPortTest.ProductionOperations.class)
class ManagementPortTest {

    public static class ProductionOperations implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true",
                    "quarkus.smallrye-openapi.enable", "false",
                    "quarkus.swagger-ui.enable", "false");
        }
    }

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Test
    void operations_endpoints_answer_only_on_the_management_port() {
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
            given().port(managementPort).when().get(path).then().statusCode(200);
        }
        given().when().get("/api/v1/ideas").then().statusCode(401);
    }

    @Test
    void the_api_description_is_off_unless_asked_for() {
        for (String path : new String[] {"/q/openapi", "/q/swagger-ui"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
            given().port(managementPort).redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }
}
