package dev.tagbench.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.support.PackagedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An {@code OutOfMemoryError} ends the process started as docs/operations.md says, instead of leaving
 * a JVM that still answers health checks with a dead thread inside.
 */
class OutOfMemoryExitTest {

    /** HotSpot's exit code for -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    @Test
    void the_documented_production_command_carries_the_options_the_tests_start_the_jar_with() throws Exception {
        var command = Files.readAllLines(Path.of("docs/operations.md")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("java ") && line.endsWith("-jar target/tagbench-*-exec.jar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no production start command in docs/operations.md"));
        var words = List.of(command.split(" +"));
        var options = words.subList(1, words.size() - 2); // between "java" and "-jar <jar>"

        assertThat(options).containsExactlyElementsOf(PackagedApp.PRODUCTION_JVM_OPTIONS);
        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(Files.readString(Path.of("pom.xml")))
                .as("spring-boot:run's JVM")
                .contains("<jvmArguments>-XX:+ExitOnOutOfMemoryError</jvmArguments>");
    }

    @Test
    void a_jvm_started_with_those_options_ends_when_its_memory_runs_out() throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var classes = Path.of(MemoryHog.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        var command = new ArrayList<String>(List.of(java, "-Xmx32m"));
        command.addAll(PackagedApp.PRODUCTION_JVM_OPTIONS);
        command.addAll(List.of("-cp", classes.toString(), MemoryHog.class.getName()));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // Without the option the JVM would live on: the worker thread keeps it running for ever.
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM ended").isTrue();
            assertThat(process.exitValue()).isEqualTo(OUT_OF_MEMORY_EXIT);
        } finally {
            process.destroyForcibly();
        }
    }

    /** A server in miniature: a worker thread that never ends, and a request that needs too much memory. */
    public static final class MemoryHog {

        public static void main(String[] args) throws InterruptedException {
            var never = new CountDownLatch(1);
            var worker = new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            var hog = new ArrayList<long[]>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
    }
}
