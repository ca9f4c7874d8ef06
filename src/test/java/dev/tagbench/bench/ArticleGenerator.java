package dev.tagbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Writes news-like articles as JSON Lines, streaming, so the corpus is never held in memory. */
final class ArticleGenerator {

    private static final List<String> SUBJECTS = List.of(
            "The foreign minister",
            "Officials in Kyiv",
            "Japan's government",
            "The defence ministry",
            "Gen. Tanaka",
            "The U.S. ambassador",
            "Local authorities",
            "President Zelenskyy",
            "A spokesperson for the army",
            "Mr. Kuleba");
    private static final List<String> VERBS = List.of(
            "pledged",
            "reported",
            "confirmed",
            "denied",
            "announced",
            "welcomed",
            "criticised",
            "discussed",
            "promised",
            "described");
    private static final List<String> OBJECTS = List.of(
            "US$37 million in aid for drone detection",
            "an overnight attack on the port of Odesa",
            "the deployment of 12,000 troops near the border",
            "new sanctions against Moscow",
            "five mobile gas turbine generators",
            "a security guarantee agreement",
            "the reconstruction conference in Tokyo on Feb. 19",
            "\"strong support\" for Ukraine",
            "the shelling of residential buildings",
            "plans to rebuild power plants before winter");

    private ArticleGenerator() {}

    static long write(Path file, int articles, int sentencesPerArticle, long seed) throws IOException {
        var random = new Random(seed);
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (var a = 0; a < articles; a++) {
                var text = new StringBuilder();
                for (var s = 0; s < sentencesPerArticle; s++) {
                    text.append(pick(random, SUBJECTS))
                            .append(' ')
                            .append(pick(random, VERBS))
                            .append(' ')
                            .append(pick(random, OBJECTS))
                            .append(" on day ")
                            .append(random.nextInt(1000))
                            .append(s % 4 == 3 ? ".\n\n" : ". ");
                }
                var line = "{\"title\": \"Generated report number " + a + "\", \"date\": \""
                        + LocalDate.of(2024, 1, 1).plusDays(a % 365)
                        + "\", \"source\": \"Benchmark Wire\", \"text\": \""
                        + text.toString()
                                .replace("\\", "\\\\")
                                .replace("\"", "\\\"")
                                .replace("\n", "\\n") + "\"}\n";
                out.write(line);
                bytes += line.length();
            }
        }
        return bytes;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
