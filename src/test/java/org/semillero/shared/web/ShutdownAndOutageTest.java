package org.semillero.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What callers get while the service stops or cannot reach its database. */
@QuarkusTest
class ShutdownAndOutageTest {

    @Inject
    ShutdownGate gate;

    @Test
    @TestSecurity(user = "gate-officer", roles = "officer")
    void once_stopping_new_requests_get_503_problem_json_and_the_connection_is_closed() {
        given().when().get("/api/v1/ideas").then().statusCode(200);
        gate.close();
        try {
            given().header("Accept-Language", "es").when().get("/api/v1/ideas").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Connection", "close")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:semillero:problem:shutting-down"))
                    .body("detail", containsString("reiniciando"));
            given().when().get("/ideas").then().statusCode(503).contentType("application/problem+json");
        } finally {
            gate.reopen();
        }
        given().when().get("/api/v1/ideas").then().statusCode(200);
    }

    @Test
    void connection_failures_count_as_database_unavailable_and_rule_violations_do_not() {
        assertTrue(ErrorMapper.isDatabaseUnavailable(new RuntimeException(new SQLException("gone", "08006"))));
        assertTrue(ErrorMapper.isDatabaseUnavailable(new SQLException("admin shutdown", "57P01")));
        assertTrue(ErrorMapper.isDatabaseUnavailable(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(ErrorMapper.isDatabaseUnavailable(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(ErrorMapper.isDatabaseUnavailable(new RuntimeException(new SQLException("duplicate", "23505"))));
        assertFalse(ErrorMapper.isDatabaseUnavailable(new IllegalStateException("a bug")));
    }
}
