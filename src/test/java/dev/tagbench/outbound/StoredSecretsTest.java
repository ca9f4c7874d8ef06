package dev.tagbench.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StoredSecretsTest {

    private static byte[] key(int fill) {
        var key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void a_secret_is_stored_encrypted_and_read_back() {
        var secrets = new StoredSecrets(key(1));
        var stored = secrets.encrypt("tbwh_abc-ÄÖ");
        assertThat(stored).startsWith("v1:").doesNotContain("tbwh_abc");
        assertThat(secrets.encrypt("tbwh_abc-ÄÖ")).as("a fresh nonce each time").isNotEqualTo(stored);
        assertThat(secrets.decrypt(stored)).isEqualTo("tbwh_abc-ÄÖ");
    }

    @Test
    void another_key_or_a_changed_value_cannot_be_read() {
        var stored = new StoredSecrets(key(1)).encrypt("secret");
        assertThatThrownBy(() -> new StoredSecrets(key(2)).decrypt(stored))
                .isInstanceOf(StoredSecrets.UnreadableSecretException.class)
                .hasMessageContaining("tagbench.secrets.key");
        var tampered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> new StoredSecrets(key(1)).decrypt(tampered))
                .isInstanceOf(StoredSecrets.UnreadableSecretException.class);
        assertThatThrownBy(() -> new StoredSecrets(key(1)).decrypt("plain"))
                .isInstanceOf(StoredSecrets.UnreadableSecretException.class);
    }

    @Test
    void the_key_has_256_bits() {
        assertThatThrownBy(() -> new StoredSecrets(new byte[16])).hasMessageContaining("32 bytes");
    }
}
