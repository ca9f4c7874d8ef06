package dev.tagbench.webhook;

import dev.tagbench.outbound.OutboundHttp;
import dev.tagbench.outbound.OutboundPolicy;
import dev.tagbench.outbound.RefusedAddressException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery: the stored body as it is, signed, through the guarded client with the
 * webhooks' allow-list ({@code tagbench.webhooks.allowed-hosts}) and time limit.
 */
@Component
class WebhookSender implements DisposableBean {

    static final String ALLOW_LIST = "tagbench.webhooks.allowed-hosts";

    /** What an attempt came to: the receiver's status, or why there was none. */
    record Result(@Nullable Integer status, @Nullable String error, int durationMs) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final OutboundHttp http;
    private final Duration timeout;

    WebhookSender(
            @Value("${" + ALLOW_LIST + ":}") String allowedHosts,
            @Value("${tagbench.webhooks.timeout:PT10S}") Duration timeout,
            @Value("${tagbench.webhooks.threads:4}") int threads) {
        this.timeout = timeout;
        var connect = timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
        // Receivers' answers are not used beyond their status and a line for the log.
        this.http = new OutboundHttp(OutboundPolicy.of(ALLOW_LIST, allowedHosts), connect, 16 * 1024, threads * 2);
    }

    OutboundPolicy policy() {
        return http.policy();
    }

    Result send(WebhookRepository.Due due, String secret) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Tagbench-Event", due.event());
        headers.put("X-Tagbench-Delivery", due.id().toString());
        headers.put(Signature.HEADER, Signature.of(secret, due.body()));
        var started = System.nanoTime();
        try {
            var answer = http.postJson(URI.create(due.target().url()), headers, due.body(), timeout);
            var error = answer.status() >= 200 && answer.status() < 300
                    ? null
                    : "HTTP " + answer.status()
                            + (answer.status() >= 300 && answer.status() < 400
                                    ? " (redirects are not followed)"
                                    : snippet(answer.body()));
            return new Result(answer.status(), error, elapsed(started));
        } catch (SocketTimeoutException e) {
            return new Result(null, "No answer within " + timeout.toMillis() + " ms", elapsed(started));
        } catch (RefusedAddressException e) {
            return new Result(null, e.getMessage(), elapsed(started));
        } catch (IOException e) {
            return new Result(null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(started));
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getMessage(), elapsed(started));
        }
    }

    private static String snippet(byte[] body) {
        var text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : ": " + text;
    }

    private static int elapsed(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
