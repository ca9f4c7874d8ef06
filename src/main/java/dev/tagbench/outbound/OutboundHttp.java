package dev.tagbench.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of outbound calls: connections guarded by an {@link OutboundPolicy}, redirects
 * never followed (a 3xx is an answer like any other), no proxy, no cookies, no retries of its own,
 * every call cut off after its time limit however slowly the server trickles bytes, and at most
 * {@code maxAnswerBytes} of an answer read.
 */
public final class OutboundHttp implements AutoCloseable {

    /** What the server answered: its status and the first bytes of its body. */
    public record Answer(int status, byte[] body, boolean truncated) {}

    /** Cuts calls off at their deadline; one daemon thread for all clients, it only flips a flag. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "outbound-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final OutboundPolicy policy;
    private final CloseableHttpClient client;
    private final int maxAnswerBytes;

    public OutboundHttp(OutboundPolicy policy, Duration connectTimeout, int maxAnswerBytes, int maxConnections) {
        this.policy = policy;
        this.maxAnswerBytes = maxAnswerBytes;
        this.client = HttpClients.custom()
                .setConnectionManager(GuardedConnections.manager(policy, connectTimeout, maxConnections))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Tagbench")
                .build();
    }

    public OutboundPolicy policy() {
        return policy;
    }

    /**
     * POSTs a JSON body and reads the answer, all within {@code timeout}.
     *
     * @throws RefusedAddressException when the host resolves to a refused address now
     * @throws SocketTimeoutException  when the server did not answer in time
     * @throws IOException             when the connection failed otherwise
     */
    public Answer postJson(URI uri, Map<String, String> headers, byte[] body, Duration timeout) throws IOException {
        policy.syntax(uri.toString());
        var request = new HttpPost(uri);
        headers.forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        request.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .setResponseTimeout(Timeout.of(timeout))
                .setRedirectsEnabled(false)
                .build());
        var timedOut = new AtomicBoolean();
        var deadline = DEADLINES.schedule(
                () -> {
                    timedOut.set(true);
                    request.cancel();
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            var entity = response.getEntity();
            var read = entity == null ? new Read(new byte[0], false) : read(entity.getContent());
            if (read.truncated()) {
                // The rest of the body is not wanted: drop the connection instead of reading it out.
                request.cancel();
            }
            return new Answer(response.getCode(), read.bytes(), read.truncated());
        } catch (IOException e) {
            // The socket's own read timeout may fire just before the deadline: the same thing, said once.
            if (timedOut.get() || e instanceof SocketTimeoutException) {
                throw new SocketTimeoutException("No complete answer within " + timeout.toMillis() + " ms.");
            }
            throw e;
        } finally {
            deadline.cancel(false);
            if (response != null) {
                Closer.closeQuietly(response);
            }
        }
    }

    private record Read(byte[] bytes, boolean truncated) {}

    private Read read(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer, 0, Math.min(buffer.length, maxAnswerBytes + 1 - out.size()))) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxAnswerBytes) {
                return new Read(Arrays.copyOf(out.toByteArray(), maxAnswerBytes), true);
            }
        }
        return new Read(out.toByteArray(), false);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
