package dev.tagbench.suggest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 that answers as a test tells it: the
 * labels it is given (as a model would), garbage, an error, or nothing until the test ends.
 */
final class ChatStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as it arrived. */
    record Request(String path, String authorization, JsonNode body) {
        /** The system and user messages' text together. */
        String prompt() {
            var text = new StringBuilder();
            body.get("messages")
                    .forEach(message ->
                            text.append(message.get("content").asString()).append('\n'));
            return text.toString();
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Function<Request, Reply> replies = request -> new Reply(200, content("{\"sentences\": []}"));

    /** What to answer: a status and a body. */
    record Reply(int status, String body) {}

    ChatStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void answer(Function<Request, Reply> how) {
        replies = how;
    }

    /** Answers every request by never answering, until the stub closes. */
    void hang() {
        replies = request -> {
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Reply(200, content("{\"sentences\": []}"));
        };
    }

    /** A chat-completions answer whose message content is the given text. */
    static String content(String text) {
        var answer = JSON.createObjectNode();
        answer.put("id", "chatcmpl-stub");
        answer.put("object", "chat.completion");
        var choice = answer.putArray("choices").addObject();
        choice.put("index", 0);
        choice.put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        return JSON.writeValueAsString(answer);
    }

    private void handle(HttpExchange exchange) throws IOException {
        var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        var auth = exchange.getRequestHeaders().getFirst("Authorization");
        var request = new Request(exchange.getRequestURI().getPath(), auth == null ? "" : auth, body);
        requests.add(request);
        var reply = replies.apply(request);
        var bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client gave up waiting: what the slow case is about.
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
