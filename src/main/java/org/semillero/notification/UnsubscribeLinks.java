package org.semillero.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed unsubscribe tokens: a person and what to stop (a category, or a digest kind), with an
 * HMAC-SHA256 over both. A token for one person cannot be turned into one for another.
 */
final class UnsubscribeLinks {

    /** What a valid token stops: one category's e-mail, or every category sent in one digest kind. */
    record Stop(long personId, String scope) {
    }

    private final byte[] key;

    UnsubscribeLinks(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    String token(long personId, String scope) {
        String payload = personId + "." + scope;
        return payload + "." + sign(payload);
    }

    Optional<Stop> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stop(Long.parseLong(token.substring(0, first)), token.substring(first + 1, last)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
