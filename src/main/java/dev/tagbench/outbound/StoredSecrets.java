package dev.tagbench.outbound;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets that outbound calls need in clear (a webhook's signing secret, a model server's API
 * key), stored encrypted: AES-256-GCM with a fresh 96-bit nonce per value, written as
 * {@code v1:<base64 of nonce and ciphertext>}. A copy of the database alone reveals none of them;
 * the key lives in configuration ({@link SecretsConfiguration}).
 */
public final class StoredSecrets {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    StoredSecrets(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The secrets key has 32 bytes (256 bits), not " + key.length + ".");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The value encrypted, as it is stored. */
    public String encrypt(String secret) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            var stored = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The value in clear.
     *
     * @throws UnreadableSecretException when it was stored under another key, or changed since
     */
    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new UnreadableSecretException("The stored secret is not in a format Tagbench wrote.");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                throw new UnreadableSecretException("The stored secret is cut short.");
            }
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UnreadableSecretException(
                    "The stored secret cannot be read with this key (tagbench.secrets.key changed?); enter it again.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A stored secret that the configured key cannot open. */
    public static class UnreadableSecretException extends RuntimeException {
        public UnreadableSecretException(String message) {
            super(message);
        }
    }
}
