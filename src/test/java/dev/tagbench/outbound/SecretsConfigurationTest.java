package dev.tagbench.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsConfigurationTest {

    @Test
    void a_key_file_is_created_owner_only_and_read_again_on_the_next_start(@TempDir Path directory) throws Exception {
        var keyFile = directory.resolve("data/secrets.key");
        var configuration = new SecretsConfiguration();

        var first = configuration.storedSecrets("", keyFile);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        var stored = first.encrypt("tbwh_secret");

        var again = configuration.storedSecrets("", keyFile);
        assertThat(again.decrypt(stored)).as("the same key after a restart").isEqualTo("tbwh_secret");
    }
}
