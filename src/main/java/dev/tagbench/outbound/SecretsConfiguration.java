package dev.tagbench.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of {@link StoredSecrets}: {@code tagbench.secrets.key} (32 bytes in Base64) when set, as
 * every node of a cluster needs the same one; otherwise a key kept in {@code tagbench.secrets.key-file}
 * (default {@code ./data/secrets.key}, beside the embedded database), created with a random key on
 * first start and readable by its owner only.
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

    @Bean
    StoredSecrets storedSecrets(
            @Value("${tagbench.secrets.key:}") String key,
            @Value("${tagbench.secrets.key-file:./data/secrets.key}") Path keyFile) {
        if (!key.isBlank()) {
            return new StoredSecrets(decode(key, "tagbench.secrets.key"));
        }
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            return new StoredSecrets(decode(Files.readString(keyFile), keyFile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the secrets key " + keyFile
                            + "; set tagbench.secrets.key or tagbench.secrets.key-file",
                    e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Owner-only from the moment the file exists, not after: the key is never readable by others.
        var posix = keyFile.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createFile(
                    keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(keyFile);
            log.warn("{} is not on a POSIX file system: it keeps its directory's permissions; restrict them.", keyFile);
        }
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(bytes) + "\n", StandardOpenOption.WRITE);
        log.info("Created the key for stored secrets in {}: back it up with the database.", keyFile.toAbsolutePath());
    }

    private static byte[] decode(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    where + " must hold 32 random bytes in Base64 (openssl rand -base64 32).");
        }
    }
}
