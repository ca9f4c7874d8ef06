package dev.tagbench.plugins.llm;

import dev.tagbench.outbound.OutboundHttp;
import dev.tagbench.outbound.OutboundPolicy;
import dev.tagbench.outbound.StoredSecrets;
import dev.tagbench.project.Label;
import dev.tagbench.suggest.ApprovedExamples;
import dev.tagbench.suggest.LabelSuggester;
import dev.tagbench.suggest.SuggesterNotes;
import dev.tagbench.suggest.SuggestionContext;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Suggests labels by asking a chat-completions model, one request per article for the sentences
 * not answered before (answers are cached per sentence text and settings). The model call takes at
 * most {@link #BUDGET} in all, retries included; at most {@code maxConcurrent} calls run at once.
 * Picking the examples comes before it (embedding a sentence the first time it is seen). What
 * fails shows in the suggester's status; answers that do not fit are left out and counted.
 */
@Order(40)
public class LlmSuggester implements LabelSuggester {

    static final String ID = "llm";
    static final String ALLOW_LIST = "tagbench.plugins.suggester.llm.allowed-hosts";
    static final Duration BUDGET = Duration.ofSeconds(10);

    /** For picking examples: embedding new sentences and reading the stored vectors. */
    static final Duration EXAMPLES_TIME = Duration.ofSeconds(5);

    /** The score of a label the model chose: it gives no probability, and this shows by default. */
    static final double CONFIDENCE = 0.8;

    /** What the suggester needs from Tagbench, looked up when first used. */
    record Parts(
            Supplier<StoredSecrets> secrets,
            Supplier<ApprovedExamples> examples,
            Supplier<NearestExamples> nearest,
            Supplier<SuggesterNotes> notes) {}

    private final Parts parts;
    private final OutboundHttp http;
    private final Semaphore calls;
    private final AnswerCache cache;
    private final JsonMapper json = JsonMapper.builder().build();

    LlmSuggester(Parts parts, OutboundHttp http, int maxConcurrent, int cacheSize) {
        this.parts = parts;
        this.http = http;
        this.calls = new Semaphore(maxConcurrent);
        this.cache = new AnswerCache(cacheSize);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Language model (OpenAI-compatible)";
    }

    /** Off until a manager names a server and a model. */
    @Override
    public boolean onByDefault() {
        return false;
    }

    @Override
    public Duration timeLimit() {
        return BUDGET.plus(EXAMPLES_TIME);
    }

    @Override
    public void checkSettings(JsonNode settings, List<Label> schema) {
        var parsed = LlmSettings.parse(settings);
        http.policy().check(parsed.completionsUrl());
    }

    @Override
    public JsonNode storedSettings(JsonNode given, JsonNode previous) {
        var stored = (ObjectNode) given.deepCopy();
        stored.remove("apiKeySet");
        var key = given.path("apiKey");
        if (key.isString() && !key.asString().isBlank()) {
            stored.put("apiKey", parts.secrets().get().encrypt(key.asString().strip()));
        } else if (key.isMissingNode() && previous.path("apiKey").isString()) {
            // Left out when the other settings change: the stored key stays.
            stored.put("apiKey", previous.path("apiKey").asString());
        } else {
            stored.remove("apiKey");
        }
        return stored;
    }

    @Override
    public JsonNode shownSettings(JsonNode stored) {
        if (!stored.isObject()) {
            return stored;
        }
        var shown = (ObjectNode) stored.deepCopy();
        shown.put("apiKeySet", shown.remove("apiKey") != null);
        return shown;
    }

    @Override
    public List<Suggestion> suggest(SuggestionContext context, List<SentenceToLabel> sentences) {
        var settings = LlmSettings.parse(context.settings());
        var fingerprint = settings.fingerprint() + "\n" + schemaText(context) + "\n" + context.guidelines();
        var answers = new LinkedHashMap<String, List<String>>();
        var ask = new ArrayList<String>();
        for (var sentence : sentences) {
            var cached = cache.get(fingerprint, sentence.text());
            if (cached != null) {
                answers.put(sentence.text(), cached);
            } else if (!ask.contains(sentence.text())) {
                ask.add(sentence.text());
            }
        }
        if (!ask.isEmpty()) {
            answers.putAll(ask(context, settings, fingerprint, ask));
        }
        var suggestions = new ArrayList<Suggestion>();
        for (var sentence : sentences) {
            for (var label : answers.getOrDefault(sentence.text(), List.of())) {
                suggestions.add(
                        new Suggestion(sentence.sentenceId(), label, CONFIDENCE, "chosen by " + settings.model()));
            }
        }
        return suggestions;
    }

    private Map<String, List<String>> ask(
            SuggestionContext context, LlmSettings settings, String fingerprint, List<String> ask) {
        var examples =
                parts.nearest().get().pick(parts.examples().get().of(context.projectId()), ask, settings.maxExamples());
        var body = ChatRequest.of(json, settings, context.schema(), context.guidelines(), examples, ask);
        var headers = new LinkedHashMap<String, String>();
        if (settings.apiKey() != null) {
            headers.put("Authorization", "Bearer " + parts.secrets().get().decrypt(settings.apiKey()));
        }
        var started = System.nanoTime();
        try {
            if (!calls.tryAcquire(remaining(started).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Too many model calls at once; try again.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a model call.");
        }
        OutboundHttp.Answer answer;
        try {
            answer = post(URI.create(settings.completionsUrl()), headers, body, started);
        } finally {
            calls.release();
        }
        var keys = new HashSet<String>();
        context.schema().forEach(label -> keys.add(label.key()));
        var read = ChatAnswer.read(json, answer.body(), ask.size(), keys);
        if (read.ignored() > 0) {
            parts.notes().get().ignored(context.projectId(), ID, read.ignored(), read.reason());
        }
        var result = new LinkedHashMap<String, List<String>>();
        read.labels().forEach((index, labels) -> {
            result.put(ask.get(index), labels);
            cache.put(fingerprint, ask.get(index), labels);
        });
        return result;
    }

    /** POSTs, and once more after a failure that may pass (no answer, 429, 5xx) while time is left. */
    private OutboundHttp.Answer post(URI uri, Map<String, String> headers, byte[] body, long started) {
        String problem = "";
        for (var attempt = 1; attempt <= 2; attempt++) {
            var left = remaining(started);
            if (left.toMillis() < 200) {
                break;
            }
            try {
                var answer = http.postJson(uri, headers, body, left);
                if (answer.status() >= 200 && answer.status() < 300) {
                    return answer;
                }
                problem = "The model server answered HTTP " + answer.status() + ".";
                if (answer.status() != 429 && answer.status() < 500) {
                    break;
                }
            } catch (IOException e) {
                problem = "No answer from the model server: " + e.getMessage();
            }
        }
        throw new IllegalStateException(problem.isEmpty() ? "No answer within " + BUDGET.toSeconds() + " s." : problem);
    }

    private static Duration remaining(long started) {
        return BUDGET.minusNanos(System.nanoTime() - started);
    }

    private static String schemaText(SuggestionContext context) {
        var text = new StringBuilder();
        context.schema()
                .forEach(label -> text.append(label.key())
                        .append('|')
                        .append(label.name())
                        .append('|')
                        .append(label.description())
                        .append('\n'));
        return text.toString();
    }

    static OutboundPolicy policy(String allowedHosts) {
        return OutboundPolicy.of(ALLOW_LIST, allowedHosts);
    }

    /** Closes the client's connections when the plugin goes away. */
    void close() throws IOException {
        http.close();
    }
}
