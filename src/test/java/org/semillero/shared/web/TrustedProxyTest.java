package org.semillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same forwarded headers as in ForwardedHeadersTest, sent from a trusted proxy's address, are honoured. */
@QuarkusTest
@TestProfile(TrustedProxyTest.LoopbackIsTheProxy.class)
class TrustedProxyTest {

    public static class LoopbackIsTheProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void forwarded_headers_from_a_trusted_proxy_set_the_public_address() {
        assertThat(ForwardedHeadersTest.signInRedirect()).startsWith("https://evil.example");
    }
}
