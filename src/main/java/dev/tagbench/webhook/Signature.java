package dev.tagbench.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Tagbench-Signature} of a delivery: {@code sha256=} and the lower-case hex
 * HMAC-SHA256 of the exact body bytes sent, keyed with the UTF-8 bytes of the webhook's secret.
 */
final class Signature {

    static final String HEADER = "X-Tagbench-Signature";

    private Signature() {}

    static String of(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
